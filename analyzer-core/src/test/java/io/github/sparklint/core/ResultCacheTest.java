package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results cache: hits for unchanged files, misses for any change, corrupt entries ignored. */
class ResultCacheTest {
  private static final String JOB = """
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class Job {
        void run(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("events");
          events.collect();
          events.take(5_000_000);
        }
      }
      """;

  @TempDir Path dir;
  private Path src;
  private Path cache;

  @BeforeEach
  void writeSources() throws Exception {
    src = Files.createDirectories(dir.resolve("src"));
    cache = dir.resolve("cache");
    Files.writeString(src.resolve("Job.java"), JOB);
    Files.writeString(src.resolve("Broken.java"),
        "import org.apache.spark.sql.Dataset;\nclass Broken {\n  void run( {\n}\n");
    Files.writeString(src.resolve("Plain.java"), "class Plain {}\n");
  }

  @Test
  void aWarmRunGivesTheSameResultAndStoresOneEntryPerSparkFile() throws Exception {
    AnalysisResult cold = analyze(SparklintConfig.defaults());
    AnalysisResult warm = analyze(SparklintConfig.defaults());

    assertThat(warm).isEqualTo(cold);
    assertThat(cold.findings()).hasSize(2);
    assertThat(cold.errors()).hasSize(1);
    assertThat(entries()).hasSize(2);
  }

  @Test
  void anUnchangedFileIsServedFromTheCacheUnderItsCurrentName() throws Exception {
    analyze(SparklintConfig.defaults());
    Path entry = entries().stream().filter(this::holdsJobFindings).findFirst().orElseThrow();
    Files.writeString(entry, Files.readString(entry).replace("events.collect()", "CACHED"));
    Files.move(src.resolve("Job.java"), src.resolve("Renamed.java"));

    AnalysisResult warm = analyze(SparklintConfig.defaults());

    assertThat(warm.findings()).extracting(Finding::file).containsOnly("src/Renamed.java");
    assertThat(warm.findings()).extracting(Finding::code).contains("CACHED");
  }

  @Test
  void aChangedFileOrConfigurationMisses() throws Exception {
    analyze(SparklintConfig.defaults());
    Files.writeString(src.resolve("Job.java"), JOB.replace("events.take(5_000_000);", ""));

    AnalysisResult changedFile = analyze(SparklintConfig.defaults());
    AnalysisResult changedConfig = analyze(
        SparklintConfig.builder().enabled("SparkUnboundedCollect", false).build());

    assertThat(changedFile.findings()).extracting(Finding::ruleId)
        .containsExactly("SparkUnboundedCollect");
    assertThat(changedConfig.findings()).isEmpty();
    assertThat(entries()).hasSize(2 + 1 + 2);
  }

  @Test
  void theSameBytesReadInAnotherEncodingMiss() throws Exception {
    AnalysisResult utf8 = analyze(SparklintConfig.defaults());
    int stored = entries().size();

    AnalysisResult latin1 = new Analyzer(SparklintConfig.defaults()).analyze(
        AnalysisRequest.builder().input(src).baseDir(dir).cacheDir(cache).threads(2)
            .encoding(java.nio.charset.StandardCharsets.ISO_8859_1).build());

    assertThat(latin1.findings()).isEqualTo(utf8.findings());
    assertThat(entries()).as("another text, another key").hasSize(2 * stored);
  }

  @Test
  void aCorruptEntryIsIgnoredAndRewritten() throws Exception {
    AnalysisResult cold = analyze(SparklintConfig.defaults());
    for (Path entry : entries()) {
      Files.writeString(entry, "{\"format\":1,\"findings\":[{\"ruleId\":null}], truncated");
    }

    AnalysisResult warm = analyze(SparklintConfig.defaults());

    assertThat(warm).isEqualTo(cold);
    assertThat(entries()).allSatisfy(e -> assertThat(Files.readString(e)).doesNotContain("truncated"));
  }

  @Test
  void entriesNoRunUsedForThirtyDaysArePrunedAtMostOnceADay() throws Exception {
    analyze(SparklintConfig.defaults());
    Files.writeString(src.resolve("Job.java"), JOB.replace("events.take(5_000_000);", ""));
    analyze(SparklintConfig.defaults());
    Path oldJob = entries().stream().filter(this::holdsTakeFinding).findFirst().orElseThrow();
    Path leftover = Files.writeString(oldJob.resolveSibling(
        oldJob.getFileName().toString().replace(".json", ".4711.tmp")), "{");
    for (Path file : List.of(oldJob, leftover)) {
      age(file, Duration.ofDays(31));
    }

    analyze(SparklintConfig.defaults());
    assertThat(oldJob).as("pruned less than a day after the last pruning").exists();

    age(cache.resolve("sparklint-cache/last-pruned"), Duration.ofDays(2));
    analyze(SparklintConfig.defaults());
    assertThat(oldJob).doesNotExist();
    assertThat(leftover).doesNotExist();
    assertThat(entries()).hasSize(2).noneMatch(this::holdsTakeFinding);
  }

  @Test
  void theUsersFilesInTheCacheDirectoryAreNeverPruned() throws Exception {
    cache = Files.createDirectories(dir.resolve("project"));
    String oldEntryName = "ab/" + "c".repeat(62) + ".json";
    List<Path> userFiles = List.of(
        Files.writeString(cache.resolve("package.json"), "{}"),
        Files.writeString(cache.resolve("renovate.json"), "{}"),
        Files.writeString(Files.createDirectories(cache.resolve("config")).resolve("baseline.json"),
            "{}"),
        Files.writeString(cache.resolve("notes.tmp"), "draft"),
        Files.writeString(Files.createDirectories(cache.resolve("ab")).resolve(oldEntryName
            .substring(3)), "{}"));
    for (Path file : userFiles) {
      age(file, Duration.ofDays(400));
    }

    analyze(SparklintConfig.defaults());
    age(cache.resolve("sparklint-cache/last-pruned"), Duration.ofDays(2));
    analyze(SparklintConfig.defaults());

    assertThat(userFiles).allSatisfy(file -> assertThat(file).exists());
    assertThat(cache.resolve("sparklint-cache/CACHEDIR.TAG")).content()
        .startsWith("Signature: 8a477f597d28d172789f06886806bc55\n# sparklint results cache");
    assertThat(entries()).filteredOn(e -> e.startsWith(cache.resolve("sparklint-cache")))
        .hasSize(2);
  }

  @Test
  void aCacheFolderWithoutSparklintsMarkerIsRefusedAndLeftAlone() throws Exception {
    analyze(SparklintConfig.defaults());
    Files.delete(cache.resolve("sparklint-cache/CACHEDIR.TAG"));
    for (Path entry : entries()) {
      age(entry, Duration.ofDays(31));
    }
    age(cache.resolve("sparklint-cache/last-pruned"), Duration.ofDays(2));

    assertThatThrownBy(() -> analyze(SparklintConfig.defaults()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sparklint-cache was not made by sparklint (it lacks sparklint's"
            + " CACHEDIR.TAG); delete it or choose another cache directory");
    assertThat(entries()).hasSize(2);
  }

  @Test
  void aHitMarksTheEntryAsUsed() throws Exception {
    analyze(SparklintConfig.defaults());
    for (Path entry : entries()) {
      age(entry, Duration.ofDays(29));
    }
    age(cache.resolve("sparklint-cache/last-pruned"), Duration.ofDays(2));

    analyze(SparklintConfig.defaults());

    assertThat(entries()).hasSize(2).allSatisfy(entry -> assertThat(
        Files.getLastModifiedTime(entry).toInstant()).isAfter(Instant.now().minus(Duration.ofHours(1))));
  }

  @Test
  void anUnusableCacheDirectoryIsAConfigurationError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

    assertThatThrownBy(() -> new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
        .builder().input(src).baseDir(dir).cacheDir(file.resolve("cache")).build()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("cannot use cache directory");
  }

  @Test
  void theResultDoesNotDependOnTheThreadCount() {
    AnalysisRequest.Builder request = AnalysisRequest.builder().input(src).baseDir(dir);

    AnalysisResult one = new Analyzer(SparklintConfig.defaults()).analyze(request.threads(1).build());
    AnalysisResult four = new Analyzer(SparklintConfig.defaults()).analyze(request.threads(4).build());

    assertThat(four).isEqualTo(one);
    assertThatThrownBy(() -> request.threads(0).build()).isInstanceOf(ConfigException.class);
  }

  private AnalysisResult analyze(SparklintConfig config) {
    return new Analyzer(config).analyze(
        AnalysisRequest.builder().input(src).baseDir(dir).cacheDir(cache).threads(2).build());
  }

  private static void age(Path file, Duration age) throws java.io.IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
  }

  private boolean holdsTakeFinding(Path entry) {
    try {
      return Files.readString(entry).contains("SparkLargeTake");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private boolean holdsJobFindings(Path entry) {
    try {
      return Files.readString(entry).contains("events.collect()");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> walk = Files.walk(cache)) {
      return walk.filter(p -> p.toString().endsWith(".json")).toList();
    }
  }
}
