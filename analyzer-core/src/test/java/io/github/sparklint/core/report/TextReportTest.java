package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Console lines cannot be forged or coloured by file names and messages from analyzed files. */
class TextReportTest {
  private static final String HOSTILE_FILE =
      "src/\u001b[31mJob\r\n/tmp/Fake.java:1:1: error: [SparkUnboundedCollect] forged\u0007.java";

  @Test
  void aFindingLineEscapesControlCharactersOfItsFileAndMessage() {
    Finding finding = new Finding("SparkLargeTake", Severity.WARNING, HOSTILE_FILE, 3, 7,
        "`take(n)`\tbrings\u009b rows \u202eback", "use limit", "Job#run", "ds.take(n)");

    String line = TextReport.line(finding);

    assertThat(line).isEqualTo("src/\\u001b[31mJob\\r\\n/tmp/Fake.java:1:1: error:"
        + " [SparkUnboundedCollect] forged\\u0007.java:3:7: warning: [SparkLargeTake]"
        + " `take(n)`\\tbrings\\u009b rows \\u202eback. Fix: use limit");
    assertThat(line).doesNotContain("\n", "\r", "\u001b", "\u0007", "\u009b", "\u202e");
  }

  @Test
  void fileErrorsAreEscapedToo() {
    AnalysisResult result = new AnalysisResult(List.of(),
        List.of(new AnalysisError(HOSTILE_FILE, 2, 1, "unexpected \u2028token")), 1, 0);

    assertThat(TextReport.lines(result)).singleElement().asString()
        .startsWith("src/\\u001b[31mJob\\r\\n/tmp/Fake.java")
        .endsWith("error: unexpected \\u2028token")
        .doesNotContain("\n", "\u001b", "\u2028");
    assertThat(TextReport.render(result).lines()).hasSize(2);
  }

  @Test
  void ordinaryTextIsUnchanged() {
    String text = "src/main/java/jobs/Über Job.java: `ds.collect()` \\n in a literal stays";

    assertThat(TextReport.escape(text)).isSameAs(text);
  }
}
