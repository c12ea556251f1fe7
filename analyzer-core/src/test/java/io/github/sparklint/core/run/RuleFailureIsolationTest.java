package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.java.ParserSettings;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that throws is reported as an internal error of that rule; the other rules still run. */
class RuleFailureIsolationTest {
  private static final String JOB = """
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class Job {
        void run(Dataset<Row> events) {
          events.collect();
        }
      }
      """;

  /** Test-only rule that fails on every file, as a rule with a bug would. */
  private static final class ThrowingRule implements Rule {
    private final Throwable failure;

    ThrowingRule(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of("TestThrowingRule", "fails on purpose", Severity.ERROR);
    }

    @Override
    public void check(RuleContext context) {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure;
    }
  }

  @Test
  void aThrowingRuleIsReportedAndTheOtherRulesStillRun() {
    FileAnalyzer analyzer = new FileAnalyzer(SparklintConfig.defaults(), List.of(
        new ThrowingRule(new IllegalStateException("boom")), new SparkUnboundedCollect(),
        new ThrowingRule(new StackOverflowError())), ParserSettings.syntaxOnly());

    FileAnalyzer.FileResult result = analyzer.analyze("Job.java", JOB);

    assertThat(result.findings()).extracting(Finding::ruleId, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SparkUnboundedCollect", 5));
    assertThat(result.errors()).extracting(e -> e.describe()).containsExactly(
        "Job.java: error: internal error in rule TestThrowingRule (IllegalStateException: boom);"
            + " the other rules still ran. Please report this.",
        "Job.java: error: internal error in rule TestThrowingRule (StackOverflowError: null);"
            + " the other rules still ran. Please report this.");
    assertThat(result.parsed()).isTrue();
  }
}
