package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.Sparklint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar sparklint-cli.jar lsp} speaks LSP on stdin and stdout and exits as LSP asks. */
class LspSubcommandIT {
  private static final Path JAR = Path.of(System.getProperty("sparklint.cli.jar",
      "target/sparklint-cli.jar")).toAbsolutePath();

  @TempDir Path workspace;

  @Test
  void theLspSubcommandAnswersInitializeAndExitsZeroAfterShutdown() throws Exception {
    Process server = new ProcessBuilder("java", "-jar", JAR.toString(), "lsp")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    OutputStream in = server.getOutputStream();
    InputStream out = server.getInputStream();

    send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
        + workspace.toUri() + "\",\"capabilities\":{}}}");
    JsonObject initialized = receive(out);
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
    JsonObject shutdown = receive(out);
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

    assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).isZero();
    JsonObject info = initialized.getAsJsonObject("result").getAsJsonObject("serverInfo");
    assertThat(info.get("name").getAsString()).isEqualTo(Sparklint.NAME);
    assertThat(info.get("version").getAsString()).isEqualTo(Sparklint.version());
    assertThat(initialized.getAsJsonObject("result").getAsJsonObject("capabilities")
        .get("hoverProvider").getAsBoolean()).isTrue();
    assertThat(shutdown.get("id").getAsInt()).isEqualTo(2);
  }

  @Test
  void aClientThatHangsUpWithoutShutdownGetsExitCodeOne() throws Exception {
    Process server = new ProcessBuilder("java", "-jar", JAR.toString(), "lsp")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();

    server.getOutputStream().close();

    assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).isEqualTo(1);
  }

  private static void send(OutputStream in, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    in.write(body);
    in.flush();
  }

  /** The next response (a message with an id), skipping the server's notifications. */
  private static JsonObject receive(InputStream out) throws IOException {
    while (true) {
      int length = -1;
      for (String header = line(out); !header.isEmpty(); header = line(out)) {
        if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
        }
      }
      JsonObject message = JsonParser.parseString(
          new String(out.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
      if (message.has("id") && !message.has("method")) {
        return message;
      }
    }
  }

  private static String line(InputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int b = out.read(); b != '\n'; b = out.read()) {
      if (b < 0) {
        throw new IOException("the server closed its output");
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }
}
