package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.fix.SourceFix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine stamps every automatic fix with the text it was computed on (one hash of the file for
 * all its fixes), so that a writer refuses a file changed since.
 */
class FixStampTest {
  private static final String JOB = """
      import org.apache.spark.SparkConf;

      class Job {
        void run(SparkConf conf) {
          conf.set("spark.driver.memory", "8g");
          conf.set("spark.driver.memoryOverhead", "2g");
          new org.apache.spark.api.java.JavaSparkContext(conf);
        }
      }
      """;

  @Test
  void everyFixOfAFileFitsItsTextAndNoOtherText() {
    List<SourceFix> fixes = fixes(JOB);

    assertThat(fixes).hasSize(2);
    assertThat(fixes).allMatch(fix -> fix.fits(JOB));
    assertThat(fixes).extracting(SourceFix::base).containsOnly(SourceFix.hash(JOB));
    assertThat(fixes).noneMatch(fix -> fix.fits(JOB.replace("8g", "9g")));
  }

  @Test
  void aFileWithAUnicodeEscapeGetsNoFix() {
    // the tokens are positioned in the decoded text, not in the text on disk
    String escaped = JOB.replace("class Job", "\\u0063lass Job");

    List<Finding> findings = new Analyzer(SparklintConfig.defaults())
        .analyzeSource("Job.java", escaped).findings();

    assertThat(findings).extracting(Finding::ruleId).contains("SparkDriverMemoryInCode");
    assertThat(findings).allMatch(f -> f.autoFix().isEmpty());
  }

  @Test
  void basedKeepsTheEditsAndLeavesNoFixAlone() {
    SourceFix fix = fixes(JOB).get(0);
    SourceFix rebased = new SourceFix(fix.description(), fix.edits()).based(SourceFix.hash(JOB));

    assertThat(rebased).isEqualTo(fix);
    assertThat(SourceFix.NONE.based(SourceFix.hash(JOB))).isSameAs(SourceFix.NONE);
  }

  private static List<SourceFix> fixes(String source) {
    return new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", source).findings()
        .stream().map(Finding::autoFix).filter(fix -> !fix.isEmpty()).toList();
  }
}
