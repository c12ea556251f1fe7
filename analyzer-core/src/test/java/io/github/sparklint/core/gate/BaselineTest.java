package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
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
        "baseline " + file + ": unsupported version 2; this sparklint reads version 1");
    assertThatThrownBy(() -> Baseline.parse("{\"version\": 1, \"entries\": [{\"rule\": \"R\"}]}"))
        .hasMessage("entry 0 lacks the text field 'file'");
    assertThatThrownBy(() -> Baseline.parse("[1"))
        .hasMessageStartingWith("not valid JSON");
  }
}
