package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis tells the request's progress callback how many files are done, of how many. */
class AnalyzerProgressTest {
  @TempDir Path dir;

  @Test
  void everyFileIsCountedOnceFromZeroToTheTotalOnAnyNumberOfThreads() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    for (int i = 0; i < 7; i++) {
      Files.writeString(src.resolve("Job" + i + ".java"), "import org.apache.spark.sql.Dataset;\n"
          + "class Job" + i + " { void run(org.apache.spark.sql.SparkSession s) {"
          + " s.table(\"t\").collect(); } }\n");
    }
    Files.writeString(src.resolve("Plain.java"), "class Plain {}\n");
    Files.writeString(src.resolve("Broken.java"), "import org.apache.spark.sql.Dataset;\nclass {\n");
    Files.writeString(src.resolve("spark-defaults.conf"), "spark.driver.maxResultSize 0\n");
    Files.writeString(src.resolve("notes.txt"), "not analyzed");

    for (int threads : new int[] {1, 3}) {
      List<int[]> calls = new CopyOnWriteArrayList<>();
      AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(
          AnalysisRequest.builder().input(src).baseDir(dir).threads(threads).build()
              .withProgress((done, total) -> calls.add(new int[] {done, total})));

      assertThat(result.findings()).hasSize(8);
      assertThat(calls).as("threads=%d", threads).hasSize(11)
          .allSatisfy(call -> assertThat(call[1]).isEqualTo(10));
      assertThat(calls.get(0)[0]).isZero();
      assertThat(calls.stream().mapToInt(call -> call[0]).sorted())
          .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
  }

  @Test
  void aRequestWithoutAListenerTellsNobodyAndKeepsItAcrossCopies() {
    AnalysisRequest request = AnalysisRequest.builder().input(dir).build();
    assertThat(request.progress()).isSameAs(Progress.NONE);
    Progress listener = (done, total) -> {};
    assertThat(request.withProgress(listener).excluding(p -> true)
        .withFileTimeout(Duration.ofSeconds(3)).progress()).isSameAs(listener);
  }
}
