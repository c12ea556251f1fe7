package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final String JOB = """
      package jobs;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class Job {
        void run(Dataset<Row> events) {
          events.collect();
          events.collect();
        }
      }
      """;

  @TempDir Path dir;

  private static List<Finding> analyze(String source) {
    return new Analyzer(SparklintConfig.defaults()).analyzeSource("src/jobs/Job.java", source)
        .findings();
  }

  @Test
  void movedCodeStaysBaselinedAndEachEntryAbsorbsItsCount() {
    Baseline baseline = Baseline.of(analyze(JOB));
    assertThat(baseline.entries()).singleElement().satisfies(e -> {
      assertThat(e.enclosing()).isEqualTo("Job#run");
      assertThat(e.code()).isEqualTo("events.collect()");
      assertThat(e.count()).isEqualTo(2);
    });

    String moved = JOB.replace("class Job {", "class Job {\n  // a comment\n\n  int unrelated;\n");
    BaselineMatch same = BaselineMatch.match(analyze(moved), baseline, f -> true);
    assertThat(same.fresh()).isEmpty();
    assertThat(same.baselined()).hasSize(2);
    assertThat(same.stale()).isEmpty();

    String third = JOB.replace("events.collect();\n  }", "events.collect();\n    events.collect();\n  }");
    BaselineMatch more = BaselineMatch.match(analyze(third), baseline, f -> true);
    assertThat(more.fresh()).singleElement().extracting(Finding::line).isEqualTo(8);
    assertThat(more.baselined()).hasSize(2);
  }

  @Test
  void fixedCodeLeavesStaleEntriesWhichCanBeRemovedOnlyInScope() {
    Baseline baseline = Baseline.of(analyze(JOB));
    List<Finding> oneFixed = analyze(JOB.replaceFirst("events.collect\\(\\);\n", ""));

    BaselineMatch match = BaselineMatch.match(oneFixed, baseline, f -> true);
    assertThat(match.fresh()).isEmpty();
    assertThat(match.stale()).singleElement().extracting(Baseline.Entry::count).isEqualTo(1);
    assertThat(baseline.withoutStale(match).entries()).singleElement()
        .extracting(Baseline.Entry::count).isEqualTo(1);

    BaselineMatch otherModule = BaselineMatch.match(List.of(), baseline, f -> f.startsWith("other/"));
    assertThat(otherModule.stale()).isEmpty();
  }

  @Test
  void fileRoundTripsSortedAndVersioned() throws Exception {
    Baseline baseline = Baseline.of(analyze(JOB));
    Path file = dir.resolve("sub/sparklint-baseline.json");
    baseline.write(file);

    String text = Files.readString(file);
    assertThat(text).startsWith("{\n  \"version\": 1,\n  \"tool\": \"sparklint\",")
        .contains("\"rule\": \"SparkUnboundedCollect\",\n      \"file\": \"src/jobs/Job.java\"");
    assertThat(Baseline.read(file).entries()).isEqualTo(baseline.entries());
  }

  @Test
  void replacingSwapsOnlyTheScopedEntries() {
    Baseline shared = Baseline.parse("""
        {"version": 1, "entries": [
          {"rule": "SparkLargeTake", "file": "a/A.java", "enclosing": "A#m", "code": "x.take(9)"},
          {"rule": "SparkLargeTake", "file": "src/jobs/Old.java", "enclosing": "O#m", "code": "y"}]}
        """);
    Baseline refreshed = shared.replacing(f -> f.startsWith("src/"), analyze(JOB));
    assertThat(refreshed.entries()).extracting(Baseline.Entry::file)
        .containsExactly("a/A.java", "src/jobs/Job.java");
  }

  @Test
  void badFilesAreNamedWithWhatIsWrong() throws Exception {
    assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist; create it with");
    Path file = Files.writeString(dir.resolve("b.json"), "{\"version\": 2, \"entries\": []}");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessage(
        "baseline " + file + ":1: unsupported version 2; this sparklint reads version 1");
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"entries\": [{\"rule\": \"R\"}]}"))
        .hasMessage("baseline:1: entries[0] lacks the text field 'file'");
    assertThatThrownBy(() -> Baseline.parse("[1"))
        .hasMessageStartingWith("baseline:1: not a sparklint baseline");
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"entries\": ["))
        .hasMessageStartingWith("baseline:1: not valid JSON");
  }

  @Test
  void everyNumberIsAWholeNumberInRangeWhateverItsSpelling() {
    assertThat(badEntry("\"count\": 1e999999999")).isEqualTo("baseline:8: entries[1].count is"
        + " 1e999999999; expected a whole number from 1 to 2147483647");
    assertThat(badEntry("\"count\": 4294967297"))
        .isEqualTo("baseline:8: entries[1].count is 4294967297; expected a whole number from 1 to"
            + " 2147483647");
    assertThat(badEntry("\"count\": 99999999999999999999999999999999999999999999999999"))
        .endsWith("entries[1].count is 9999999999999999999999999999999999999999...; expected a"
            + " whole number from 1 to 2147483647");
    assertThat(badEntry("\"count\": 1.9")).contains("entries[1].count is 1.9; expected");
    assertThat(badEntry("\"count\": -1")).contains("entries[1].count is -1; expected");
    assertThat(badEntry("\"count\": 0")).contains("entries[1].count is 0; expected");
    assertThat(badEntry("\"count\": \"2\"")).contains("entries[1].count is text; expected");
    assertThat(badEntry("\"count\": 1, \"count\": 2"))
        .contains("entries[1].count appears twice");
    assertThat(badEntry("\"code\": 7"))
        .isEqualTo("baseline:8: entries[1].code is a number; expected text");
    assertThat(Baseline.parse(baseline("\"count\": 2147483647")).size()).isEqualTo(2147483648L);

    for (String version
        : List.of("1.9", "1e999999999", "1.0", "-1", "4294967297", "\"1\"", "null")) {
      assertThatThrownBy(() -> Baseline.parse("{\"version\": " + version + ", \"entries\": []}"))
          .as(version).isInstanceOf(ConfigException.class)
          .hasMessageContaining("unsupported version ")
          .hasMessageEndingWith("; this sparklint reads version 1");
    }
    assertThatThrownBy(() -> Baseline.parse("{\"entries\": []}"))
        .hasMessage("baseline:1: lacks 'version'; this sparklint reads version 1");
    assertThatThrownBy(
        () -> Baseline.parse("{\"version\": 1, \"tool\": \"other\", \"entries\": []}"))
        .hasMessage("baseline:1: not a sparklint baseline ('tool' is 'other')");
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"entries\": [1]}"))
        .hasMessage("baseline:1: entries[0] is a number; expected an object");
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"entries\": {}}"))
        .hasMessage("baseline:1: 'entries' is an object; expected an array");
  }

  @Test
  void duplicateEntriesAddUpWithoutOverflowing() {
    String max = "{\"rule\": \"R\", \"file\": \"F\", \"enclosing\": \"E\", \"code\": \"C\","
        + " \"count\": 2147483647}";
    Baseline twice = Baseline.parse("{\"version\": 1, \"entries\": [" + max + ", " + max + "]}");

    assertThat(twice.entries()).singleElement().extracting(Baseline.Entry::count)
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aBaselineAboveTheSizeLimitIsRefusedBeforeReading() throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(Baseline.MAX_BYTES + 1);
    }

    assertThatThrownBy(() -> Baseline.read(huge)).isInstanceOf(ConfigException.class)
        .hasMessage("baseline " + huge + " is 128 MiB; sparklint reads baselines up to 128 MiB"
            + " (about 447000 findings); this file is not a baseline sparklint wrote, or it"
            + " accepts too many findings to review");
  }

  @Test
  void theSizeLimitHoldsSomeHundredThousandRealisticFindings() {
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      findings.add(new Finding("SparkUnboundedCollect", Severity.WARNING,
          "services/orders/src/main/java/com/example/orders/jobs/DailyOrderExport" + i + ".java",
          10, 5, "message", "fix", "DailyOrderExport" + i + "#exportRegion",
          "orders.join(customers, \"customer_id\").collectAsList()"));
    }
    long bytesPerEntry = Baseline.of(findings).render().length() / 1000;

    assertThat(bytesPerEntry).isBetween(250L, 400L);
    assertThat(Baseline.MAX_BYTES / bytesPerEntry).isGreaterThan(300_000);
  }

  @Test
  void aBaselineThatIsNotUtf8IsNamed() throws Exception {
    Path file = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});

    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessage("baseline " + file + " is not UTF-8 text");
  }

  private static String baseline(String secondEntryFields) {
    return """
        {
          "version": 1,
          "entries": [
            {"rule": "R", "file": "a/A.java", "enclosing": "A#m", "code": "x", "count": 1},
            {
              "rule": "R",
              "file": "a/B.java",
              %s,
              "enclosing": "B#m"
            }
          ]
        }
        """.formatted(secondEntryFields.contains("\"code\"") ? secondEntryFields
        : "\"code\": \"y\", " + secondEntryFields);
  }

  private static String badEntry(String secondEntryFields) {
    try {
      Baseline.parse(baseline(secondEntryFields));
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted " + secondEntryFields);
  }
}
