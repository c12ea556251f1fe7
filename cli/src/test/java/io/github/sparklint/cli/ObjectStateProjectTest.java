package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on a project that keeps rows in an object: a constructor in one file reads a file
 * into a field, a job in another collects that field of an object it makes; the same job's object
 * made from driver data is not reported.
 */
class ObjectStateProjectTest {
  private static final String JOB = "src/main/java/jobs/PointJob.java";

  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "PointSet.java", """
        package jobs;

        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class PointSet {
          public JavaRDD<String> raw;

          public PointSet(JavaRDD<String> raw) {
            this.raw = raw;
          }

          public PointSet(JavaSparkContext sc, String path) {
            this(sc.textFile(path));
          }
        }
        """);
    SparkSources.write(project, "PointJob.java", """
        package jobs;

        import java.util.Arrays;
        import org.apache.spark.api.java.JavaSparkContext;

        public final class PointJob {
          static void run(JavaSparkContext sc) {
            PointSet read = new PointSet(sc, "/data/points.csv");
            System.out.println(read.raw.collect().size());
            PointSet built = new PointSet(sc.parallelize(Arrays.asList("1,2", "3,4")));
            System.out.println(built.raw.collect().size());
          }
        }
        """);
  }

  @Test
  void theFieldAConstructorFilledFromAFileIsReportedAndTheDriverBuiltOneIsNot() {
    CommandRun run = CommandRun.of("--base-dir", project.toString(),
        project.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.unwrapped().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith(JOB + ":9:33: warning: [SparkUnboundedCollect] "));
    assertThat(run.out()).doesNotContain("PointJob.java:11:");
  }
}
