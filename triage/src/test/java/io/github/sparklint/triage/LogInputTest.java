package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs as they arrive: gzip, container prefixes, and bad input, which is named and never stops
 * the other logs from being triaged.
 */
class LogInputTest {
  @TempDir Path dir;

  private static final Path GOOD = StoredLogs.driverLog("max-result-size");

  private String causeOf(Path log) {
    return StoredLogs.only(StoredLogs.triage(List.of(log), false)).diagnosis().cause().id();
  }

  private Path gzip(Path log, String name) throws IOException {
    Path out = dir.resolve(name);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out))) {
      Files.copy(log, gz);
    }
    return out;
  }

  @Test
  void aGzippedLogIsReadAsThePlainOne() throws IOException {
    assertThat(causeOf(gzip(GOOD, "driver.log.gz"))).isEqualTo("max-result-size");
  }

  @Test
  void kubernetesAndCriPrefixesAreStripped() throws IOException {
    List<String> lines = Files.readAllLines(GOOD);
    Path kubectl = dir.resolve("kubectl.log");
    Files.write(kubectl, lines.stream().map(l -> "2026-12-03T13:18:43.123456789Z " + l).toList());
    Path cri = dir.resolve("cri.log");
    Files.write(cri, lines.stream().map(l -> "2026-12-03T13:18:43.123+00:00 stderr F " + l).toList());
    for (Path log : List.of(kubectl, cri)) {
      Culprit culprit = StoredLogs.only(StoredLogs.triage(List.of(log), false));
      assertThat(culprit.diagnosis().cause().id()).isEqualTo("max-result-size");
      assertThat(culprit.diagnosis().site().orElseThrow().line()).isEqualTo(16);
    }
  }

  @Test
  void badLogsAreNamedAndTheOthersStillTriaged() throws IOException {
    Path missing = dir.resolve("missing.log");
    Path empty = Files.createFile(dir.resolve("empty.log"));
    Path binary = dir.resolve("garbage.bin");
    byte[] bytes = new byte[4096];
    new Random(13).nextBytes(bytes);
    bytes[7] = 0;
    Files.write(binary, bytes);
    Path gz = gzip(GOOD, "whole.log.gz");
    byte[] whole = Files.readAllBytes(gz);
    Path truncated = dir.resolve("truncated.log.gz");
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    Path badLz4 = dir.resolve("app-1.lz4");
    Files.writeString(badLz4, "{\"Event\":\"SparkListenerLogStart\"}", StandardCharsets.UTF_8);

    TriageResult result = StoredLogs.triage(
        List.of(missing, empty, binary, truncated, badLz4, GOOD), false);

    assertThat(result.logs()).extracting(l -> l.triage().log()).containsExactly(GOOD.toString());
    assertThat(result.readErrors()).hasSize(5);
    assertThat(result.readErrors().get(0)).startsWith(missing + ": ").contains("no such file");
    assertThat(result.readErrors().get(1)).startsWith(empty + ": ").contains("empty");
    assertThat(result.readErrors().get(2)).startsWith(binary + ": ").contains("binary");
    assertThat(result.readErrors().get(3)).startsWith(truncated + ": ").contains("cannot read");
    assertThat(result.readErrors().get(4)).startsWith(badLz4 + ": ").contains("lz4");
    assertThat(result.exitCode()).isEqualTo(TriageResult.EXIT_CAUSE);
    assertThat(StoredLogs.triage(List.of(missing), false).exitCode())
        .isEqualTo(TriageResult.EXIT_ERROR);
  }

  @Test
  void anEventLogCutOffMidLineIsReadUpToTheCut() throws IOException {
    Path cut = dir.resolve("app-2.inprogress");
    String events = new String(LogInput.open(StoredLogs.eventLog("nested-rdd")).lines()
        .reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    Files.writeString(cut, events.substring(0, events.length() - 40));
    assertThat(causeOf(cut)).isEqualTo("nested-distributed-use");
  }

  @Test
  void aLogWithNothingKnownInItExitsZero() throws IOException {
    Path quiet = dir.resolve("quiet.log");
    Files.write(quiet, Files.readAllLines(GOOD).subList(0, 40));
    TriageResult result = StoredLogs.triage(List.of(quiet), false);
    assertThat(result.logs().get(0).culprits()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(TriageResult.EXIT_NOTHING);
    assertThat(TriageText.render(result)).contains("no known cause");
  }
}
