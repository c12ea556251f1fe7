package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** {@code mvn sparklint:explain -Drule=...} prints the page the CLI's {@code --explain} prints. */
class ExplainMojoTest {
  private final RecordingLog log = new RecordingLog();

  @Test
  void printsTheRulePageLineByLine() throws Exception {
    goal("SparkCacheInLoop").execute();

    assertThat(log.lines).first().isEqualTo("info # SparkCacheInLoop");
    assertThat(log.lines).contains("info ## Better", "info ## Suppression")
        .allMatch(line -> line.startsWith("info "));
  }

  @Test
  void anUnknownRuleFailsNamingTheClosest() throws Exception {
    assertThatThrownBy(() -> goal("SparkCacheInLoops").execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("sparklint: unknown rule 'SparkCacheInLoops'; did you mean"
            + " SparkCacheInLoop?");
    assertThat(log.lines).isEmpty();
  }

  private ExplainMojo goal(String rule) throws Exception {
    ExplainMojo goal = new ExplainMojo();
    Field field = ExplainMojo.class.getDeclaredField("rule");
    field.setAccessible(true);
    field.set(goal, rule);
    goal.setLog(log.log);
    return goal;
  }
}
