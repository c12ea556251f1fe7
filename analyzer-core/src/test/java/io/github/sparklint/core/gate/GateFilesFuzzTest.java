package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sparklint.core.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the files a project hands sparklint, the baseline and {@code sparklint.yaml}: whatever
 * the text, reading either ends in a result or a {@link ConfigException}, never another exception.
 * A baseline that is accepted renders back to itself. Seeds: {@code GateFilesFuzzTestInputs/}; how
 * to fuzz: see {@code AnalyzerFuzzTest} (one fuzz test per run, so {@code .ci/run} names each).
 */
class GateFilesFuzzTest {
  private static final Path YAML = tempFile();

  @FuzzTest(maxDuration = "20s")
  void readingAnyBaselineOnlyFailsWithAConfigurationError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Baseline baseline;
    try {
      baseline = Baseline.parse(text);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith("baseline");
      return;
    }

    assertThat(baseline.entries()).allSatisfy(e -> assertThat(e.count()).isPositive());
    assertThat(Baseline.parse(baseline.render()).entries()).isEqualTo(baseline.entries());
  }

  @FuzzTest(maxDuration = "20s")
  void readingAnySparklintYamlOnlyFailsWithAConfigurationError(byte[] bytes) throws IOException {
    Files.write(YAML, bytes);
    try {
      ProjectConfig config = ProjectConfigFile.load(YAML);
      assertThat(config.file()).contains(YAML);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).contains(YAML.toString());
    }
  }

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("sparklint-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(ProjectConfigFile.NAME);
      file.toFile().deleteOnExit();
      return Files.writeString(file, "", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
