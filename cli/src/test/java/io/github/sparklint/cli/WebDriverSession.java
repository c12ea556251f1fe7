package io.github.sparklint.cli;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium driven through chromedriver's W3C WebDriver endpoints (the protocol Selenium
 * speaks, over plain HTTP and JSON): open a page, size the viewport (CDP device metrics), run a
 * script, take a screenshot. Closing ends the browser and the driver.
 */
final class WebDriverSession implements AutoCloseable {
  /** Flags that let Chromium run here: no sandbox (root), no GPU, no network of its own. */
  static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

  private final Process driver;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String session;

  private WebDriverSession(Process driver, String base, String session) {
    this.driver = driver;
    this.base = base;
    this.session = session;
  }

  /** Starts chromedriver and a browser on a new empty profile in {@code profile}. */
  static WebDriverSession start(Path chromedriver, Path chromium, Path profile) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
        .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromedriver.log").toFile())
        .start();
    String base = "http://127.0.0.1:" + port;
    WebDriverSession probe = new WebDriverSession(driver, base, null);
    try {
      probe.awaitReady();
      List<String> args = new ArrayList<>(FLAGS);
      args.add("--user-data-dir=" + Files.createDirectories(profile));
      Map<String, Object> options = Map.of("binary", chromium.toString(), "args", args);
      Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch",
          Map.of("browserName", "chrome", "goog:chromeOptions", options)));
      JsonObject value = probe.send("POST", "/session", caps).getAsJsonObject();
      return new WebDriverSession(driver, base, value.get("sessionId").getAsString());
    } catch (Exception | Error e) {
      driver.destroyForcibly();
      throw e;
    }
  }

  /** Opens {@code uri}. */
  void open(URI uri) throws Exception {
    send("POST", "/session/" + session + "/url", Map.of("url", uri.toString()));
  }

  /** Sets the viewport to {@code width} x {@code height} CSS pixels, as a phone when asked. */
  void viewport(int width, int height, boolean mobile) throws Exception {
    send("POST", "/session/" + session + "/goog/cdp/execute", Map.of(
        "cmd", "Emulation.setDeviceMetricsOverride",
        "params", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
            "mobile", mobile)));
  }

  /** Runs {@code script} (a function body; {@code return} gives the value) in the page. */
  JsonElement script(String script) throws Exception {
    return send("POST", "/session/" + session + "/execute/sync",
        Map.of("script", script, "args", List.of()));
  }

  /** The viewport as PNG bytes. */
  byte[] screenshot() throws Exception {
    return Base64.getDecoder().decode(
        send("GET", "/session/" + session + "/screenshot", null).getAsString());
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        if (send("GET", "/status", null).getAsJsonObject().get("ready").getAsBoolean()) {
          return;
        }
      } catch (IOException e) {
        if (System.nanoTime() > deadline || !driver.isAlive()) {
          throw new IOException("chromedriver did not start", e);
        }
      }
      Thread.sleep(100);
    }
  }

  private JsonElement send(String method, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(new Gson().toJson(body)));
    HttpResponse<String> response = http.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    JsonObject answer = JsonParser.parseString(response.body()).getAsJsonObject();
    if (response.statusCode() != 200) {
      throw new IOException(method + " " + path + ": " + response.statusCode() + " " + answer);
    }
    return answer.get("value");
  }

  @Override
  public void close() throws Exception {
    try {
      if (session != null) {
        send("DELETE", "/session/" + session, null);
      }
    } finally {
      driver.destroy();
      if (!driver.waitFor(10, TimeUnit.SECONDS)) {
        driver.destroyForcibly();
      }
    }
  }
}
