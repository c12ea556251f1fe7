import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the language server feels on a big workspace: starts {@code java -jar SERVER_JAR} as
 * an editor does, initializes it on WORKSPACE, waits for the end of start-up indexing ({@code
 * $/progress} end), then opens each FILE and measures the time to its first diagnostics, and the
 * time to the diagnostics of two edits (the server's 300 ms debounce included): a comment added
 * at the end (no method moves) and a line inserted at the top (every method moves). Prints the
 * times and
 * the server's resident memory (VmRSS, and the peak VmHWM) from /proc. Only the JDK is needed.
 *
 * <p>Usage: {@code java [-Dheap=1g] bench/LspLatency.java SERVER_JAR WORKSPACE FILE...} (the
 * server's maximum heap, 1g by default).
 */
public final class LspLatency {
  private static final Pattern ID = Pattern.compile("\"id\":(\"[^\"]*\"|\\d+)");
  private static final Pattern URI = Pattern.compile("\"uri\":\"([^\"]+)\"");

  private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
  private final OutputStream toServer;

  private LspLatency(Process server) {
    this.toServer = server.getOutputStream();
    Thread reader = new Thread(() -> read(server.getInputStream()), "reader");
    reader.setDaemon(true);
    reader.start();
  }

  public static void main(String[] args) throws Exception {
    Path workspace = Path.of(args[1]).toAbsolutePath().normalize();
    long start = System.nanoTime();
    Process server = new ProcessBuilder("java", "-Xmx" + System.getProperty("heap", "1g"), "-jar",
        args[0])
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    LspLatency client = new LspLatency(server);
    client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
        + workspace.toUri() + "\",\"capabilities\":{\"window\":{\"workDoneProgress\":true}}}}");
    client.await(m -> m.contains("\"id\":1,") && m.contains("\"result\""));
    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    String end = client.await(m -> m.contains("$/progress") && m.contains("\"kind\":\"end\""));
    double indexed = seconds(start);
    System.out.printf("indexing: %.1f s (%s), RSS %s%n", indexed, message(end), memory(server));
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]).toAbsolutePath().normalize();
      String uri = file.toUri().toString();
      String text = Files.readString(file);
      long open = System.nanoTime();
      client.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
          + "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"java\",\"version\":1,"
          + "\"text\":" + json(text) + "}}}");
      String first = client.await(m -> m.contains("publishDiagnostics") && uriOf(m).equals(uri));
      double opened = seconds(open);
      double edited = edit(client, uri, 2, text + "\n// edited\n");
      double shifted = edit(client, uri, 3, "// a line above everything\n" + text);
      System.out.printf("%s: first diagnostics %.0f ms (%d findings); after an edit at the end"
          + " %.0f ms, after a line inserted at the top %.0f ms%n", workspace.relativize(file),
          opened * 1000, count(first, "\"code\":"), edited * 1000, shifted * 1000);
    }
    System.out.println("after the files: RSS " + memory(server));
    client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
    client.await(m -> m.contains("\"id\":2,"));
    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    System.out.println("exit code " + (server.waitFor(30, TimeUnit.SECONDS) ? server.exitValue()
        : "none (killed)"));
    server.destroyForcibly();
  }

  /** Sends the whole new text of {@code uri} and waits for its diagnostics; seconds taken. */
  private static double edit(LspLatency client, String uri, int version, String text)
      throws Exception {
    long start = System.nanoTime();
    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":"
        + "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":" + version + "},"
        + "\"contentChanges\":[{\"text\":" + json(text) + "}]}}");
    client.await(m -> m.contains("publishDiagnostics") && uriOf(m).equals(uri)
        && m.matches("(?s).*\"version\":" + version + "[,}].*"));
    return seconds(start);
  }

  private void send(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String header = "Content-Length: " + body.length + "\r\n\r\n";
    toServer.write(header.getBytes(StandardCharsets.UTF_8));
    toServer.write(body);
    toServer.flush();
  }

  /** The next message that {@code wanted} accepts; answers the server's requests meanwhile. */
  private String await(java.util.function.Predicate<String> wanted) throws Exception {
    while (true) {
      String message = inbox.poll(30, TimeUnit.MINUTES);
      if (message == null) {
        throw new IllegalStateException("no message from the server");
      }
      if (message.contains("\"method\":\"window/workDoneProgress/create\"")
          || message.contains("\"method\":\"client/registerCapability\"")) {
        Matcher id = ID.matcher(message);
        id.find();
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id.group(1) + ",\"result\":null}");
      }
      if (wanted.test(message)) {
        return message;
      }
    }
  }

  private void read(InputStream in) {
    try {
      while (true) {
        int length = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
          if (header.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(header.substring(15).trim());
          }
        }
        inbox.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // the server ended
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("end of stream");
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String uriOf(String message) {
    Matcher uri = URI.matcher(message);
    return uri.find() ? uri.group(1) : "";
  }

  private static String message(String progressEnd) {
    Matcher m = Pattern.compile("\"message\":\"([^\"]*)\"").matcher(progressEnd);
    return m.find() ? m.group(1) : "";
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String memory(Process server) throws IOException {
    List<String> wanted = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
      if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
        wanted.add(line.replaceAll("\\s+", " "));
      }
    }
    return String.join(", ", wanted);
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
