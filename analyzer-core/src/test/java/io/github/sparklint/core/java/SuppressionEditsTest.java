package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.java.SuppressionEdits.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edits that suppress a finding, read back by the analyzer as suppressions. */
class SuppressionEditsTest {
  private static final String RULE = "SparkUnboundedCollect";
  private static final String JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class Job {
        private final int size = 3;

        /** Every row. */
        List<Row> all(SparkSession spark) {
          Dataset<Row> table = spark.read().parquet("/warehouse/orders");
          return table.collectAsList();
        }

        List<Row> few(Dataset<Row> table) {
          return table.limit(5).collectAsList();
        }
      }
      """;

  @Test
  void nothingToEditWhenTheSourceDoesNotParseOrNoDeclarationEnclosesThePosition() {
    assertThat(SuppressionEdits.suppress("class {", 1, 1, RULE, Target.METHOD)).isEmpty();
    assertThat(SuppressionEdits.suppress(JOB, 9, 3, RULE, Target.METHOD)).isEmpty();
    assertThat(SuppressionEdits.suppress(JOB, 1, 1, RULE, Target.CLASS)).isEmpty();
  }

  @Test
  void nothingToEditWhenTheRuleOrAllOfSparklintIsSuppressedAlready() {
    for (String key : List.of(RULE, "sparklint")) {
      String suppressed = JOB.replace("  /** Every row. */\n",
          "  /** Every row. */\n  @SuppressWarnings(\"" + key + "\")\n");
      assertThat(SuppressionEdits.suppress(suppressed, 15, 18, RULE, Target.METHOD)).isEmpty();
    }
  }

  @Test
  void aNewAnnotationGoesAboveTheMethodBelowItsJavadocAndSilencesTheFinding() {
    assertThat(findings(JOB)).extracting(Finding::line, Finding::column)
        .containsExactly(tuple(14, 18));
    SuppressionEdits.Edit edit = SuppressionEdits.suppress(JOB, 14, 18, RULE, Target.METHOD).get();

    assertThat(edit.declaration()).isEqualTo("all");
    String fixed = apply(JOB, edit);
    assertThat(fixed).contains(
        "  /** Every row. */\n  @SuppressWarnings(\"SparkUnboundedCollect\")\n  List<Row> all(");
    assertThat(findings(fixed)).isEmpty();
  }

  @Test
  void onTheClassTheAnnotationGoesAboveItsModifiers() {
    SuppressionEdits.Edit edit = SuppressionEdits.suppress(JOB, 14, 18, RULE, Target.CLASS).get();

    assertThat(edit.declaration()).isEqualTo("Job");
    String fixed = apply(JOB, edit);
    assertThat(fixed).contains("@SuppressWarnings(\"SparkUnboundedCollect\")\npublic final class");
    assertThat(findings(fixed)).isEmpty();
  }

  @Test
  void anExistingSuppressWarningsGetsTheRuleIdInsteadOfASecondAnnotation() {
    String single = JOB.replace("  List<Row> all(",
        "  @SuppressWarnings(\"unchecked\")\n  List<Row> all(");
    String array = JOB.replace("  List<Row> all(",
        "  @java.lang.SuppressWarnings(value = {\"unchecked\", \"rawtypes\"}) List<Row> all(");

    String fixedSingle = apply(single, SuppressionEdits.suppress(single, 15, 18, RULE,
        Target.METHOD).get());
    String fixedArray = apply(array, SuppressionEdits.suppress(array, 14, 18, RULE,
        Target.METHOD).get());

    assertThat(fixedSingle).contains(
        "  @SuppressWarnings({\"unchecked\", \"SparkUnboundedCollect\"})\n  List<Row> all(");
    assertThat(fixedArray).contains("  @java.lang.SuppressWarnings({\"unchecked\", \"rawtypes\","
        + " \"SparkUnboundedCollect\"}) List<Row> all(");
    assertThat(findings(fixedSingle)).isEmpty();
    assertThat(findings(fixedArray)).isEmpty();
  }

  @Test
  void aFindingInAnAnonymousClassIsSuppressedOnItsInnermostMethod() {
    String nested = JOB.replace("    return table.collectAsList();",
        "    return new java.util.function.Supplier<List<Row>>() {\n"
            + "      @Override\n"
            + "      public List<Row> get() {\n"
            + "        return table.collectAsList();\n"
            + "      }\n"
            + "    }.get();");
    Finding finding = findings(nested).get(0);
    Optional<SuppressionEdits.Edit> edit = SuppressionEdits.suppress(nested, finding.line(),
        finding.column(), RULE, Target.METHOD);

    assertThat(finding.line()).isEqualTo(17);
    assertThat(edit).map(SuppressionEdits.Edit::declaration).hasValue("get");
    assertThat(findings(apply(nested, edit.get()))).isEmpty();
  }

  private static List<Finding> findings(String source) {
    return new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", source).findings();
  }

  private static String apply(String source, SuppressionEdits.Edit edit) {
    List<String> lines = source.lines().toList();
    int begin = offset(lines, edit.beginLine(), edit.beginColumn());
    int end = offset(lines, edit.endLine(), edit.endColumn());
    return source.substring(0, begin) + edit.text() + source.substring(end);
  }

  private static int offset(List<String> lines, int line, int column) {
    int offset = 0;
    for (int i = 0; i < line - 1; i++) {
      offset += lines.get(i).length() + 1;
    }
    return offset + column - 1;
  }
}
