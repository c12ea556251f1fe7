package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on a project whose test runner returns its input RDDs in a map: a test in another
 * file collecting one of them is reported, also from the results cache, and no longer once the
 * runner builds its inputs from driver data (the test file is checked again because the answer
 * it consumed changed, though its own text did not).
 */
class ReturnedCollectionProjectTest {
  private static final String RUNNER = """
      package jobs;

      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;
      import org.apache.spark.api.java.JavaRDDLike;
      import org.apache.spark.api.java.JavaSparkContext;

      public class TestRunner {
        private final JavaSparkContext context;
        private final List<String> inputs;

        public TestRunner(JavaSparkContext context, List<String> inputs) {
          this.context = context;
          this.inputs = inputs;
        }

        public Map<String, JavaRDDLike> go() {
          Map<String, JavaRDDLike> rdds = new HashMap<>();
          for (String input : inputs) {
            rdds.put(input, context.textFile(input));
          }
          return rdds;
        }
      }
      """;
  private static final String OPERATION_TEST = """
      package jobs;

      import java.util.List;
      import java.util.Map;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaRDDLike;
      import org.apache.spark.api.java.JavaSparkContext;

      class SubtractTest {
        void subtract(JavaSparkContext sc, List<String> inputs) {
          TestRunner underTest = new TestRunner(sc, inputs);
          Map<String, JavaRDDLike> ret = underTest.go();
          List<Object> lines = ((JavaRDD<Object>) ret.get("minuend")).collect();
        }
      }
      """;

  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "TestRunner.java", RUNNER);
    SparkSources.write(project, "SubtractTest.java", OPERATION_TEST);
  }

  @Test
  void anElementOfTheRunnersMapIsReportedAlsoFromTheCacheUntilTheRunnerChanges()
      throws IOException {
    CommandRun first = run();
    CommandRun cached = run();

    assertThat(first.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(first.unwrapped().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("src/main/java/jobs/SubtractTest.java:13:65: warning: [SparkUnboundedCollect]"));
    assertThat(cached.out()).isEqualTo(first.out());

    SparkSources.write(project, "TestRunner.java",
        RUNNER.replace("context.textFile(input)", "context.parallelize(List.of(input))"));
    CommandRun changed = run();
    assertThat(changed.exitCode()).isZero();
    assertThat(changed.out()).doesNotContain("SubtractTest.java");
  }

  private CommandRun run() {
    return CommandRun.of("--base-dir", project.toString(), "--cache",
        project.resolve("cache").toString(), project.resolve("src").toString());
  }
}
