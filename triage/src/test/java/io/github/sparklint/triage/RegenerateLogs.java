package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs every failing job once and stores its real driver log and event log under
 * {@code src/test/resources/logs/<case>/} (see {@code src/test/logs/regenerate.sh}; {@code
 * -Dsparklint.regenerateCases=a,b} runs only those cases). Off in
 * normal builds: the stored logs are the evidence the reader and cause tests read.
 */
@EnabledIfSystemProperty(named = "sparklint.regenerateLogs", matches = "true")
class RegenerateLogs {
  private static final Path STORE = Path.of("src/test/resources/logs");

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "collect, CollectJob, zstd",
      "max-result-size, MaxResultSizeJob, lz4",
      "broadcast-hint, BroadcastHintJob, -",
      "local-iterator, LocalIteratorJob, -",
      "nested-rdd, NestedRddJob, snappy",
      "large-closure, LargeClosureJob, -",
      "collection-accumulator, AccumulatorJob, -",
      "many-partitions, ManyPartitionsJob, zstd",
      "not-serializable, NotSerializableJob, -",
      "cache-in-loop, CacheInLoopJob, lz4"})
  void regenerate(String name, String job, String codec) throws Exception {
    String only = System.getProperty("sparklint.regenerateCases", "");
    assumeTrue(only.isEmpty() || List.of(only.split(",")).contains(name), "not selected");
    Path work = Files.createTempDirectory("sparklint-job-");
    SparkJobRun run = SparkJobRun.run(job, codec, work, 300);
    Path target = Files.createDirectories(STORE.resolve(name));
    try (var old = Files.list(target)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    Files.copy(run.driverLog(), target.resolve("driver.log"), StandardCopyOption.REPLACE_EXISTING);
    String eventName = run.eventLog().getFileName().toString();
    Files.copy(run.eventLog(), target.resolve(eventName), StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target.resolve("driver.log"))).isPositive();
  }
}
