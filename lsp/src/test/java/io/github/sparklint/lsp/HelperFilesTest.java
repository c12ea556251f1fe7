package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helper files that never mention Spark are indexed for the functions given to Spark that call
 * them, as in a CLI run: the server and the CLI's analysis give the same findings, and an unsaved
 * edit of such a helper re-checks its callers.
 */
class HelperFilesTest {
  /** Three partition functions: one helper in a Spark-free file, one in a misnamed file. */
  private static final String PARTITIONS = """
      package jobs;

      import org.apache.spark.api.java.JavaSparkContext;

      class Partitions {
        void run(JavaSparkContext sc) {
          sc.textFile("/numbers").mapPartitions(it -> Pairs.first(0, 1)).collect();
          sc.textFile("/numbers").mapPartitions(it -> Misnamed.first(0, 1)).collect();
        }
      }
      """;

  /** One element per call, in a file without Spark: the collects of its partitions are small. */
  private static final String PAIRS = """
      package jobs;

      import java.util.ArrayList;
      import java.util.Iterator;
      import java.util.List;

      class Pairs {
        static Iterator<Integer> first(int min, int max) {
          List<Integer> one = new ArrayList<>();
          one.add(min + max);
          return one.iterator();
        }
      }
      """;

  /** {@link #PAIRS} yielding every number from {@code min} on: no bound on the elements. */
  private static final String ENDLESS_PAIRS = PAIRS.replace("""
          List<Integer> one = new ArrayList<>();
          one.add(min + max);
          return one.iterator();
      """, """
          return java.util.stream.Stream.iterate(min, n -> n + 1).iterator();
      """);

  /**
   * The same one-element helper, but class {@code Misnamed} lives in {@code Helpers.java}: the
   * file is found by the class's name, as Java requires of a public class, so it stays unread.
   */
  private static final String HELPERS = PAIRS.replace("class Pairs", "class Misnamed");

  @TempDir Path workspace;
  private LspSession session;
  private Path partitions;
  private Path pairs;

  @BeforeEach
  void writeHelpers() throws Exception {
    pairs = Jobs.write(workspace, "Pairs.java", PAIRS);
    Jobs.write(workspace, "Helpers.java", HELPERS);
  }

  /** Writes {@code Partitions.java} as {@code source} and starts the server once it is indexed. */
  private void start(String source) throws Exception {
    partitions = Jobs.write(workspace, "Partitions.java", source);
    session = LspSession.indexed(workspace);
  }

  @AfterEach
  void stop() throws Exception {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void theServerReportsWhatTheCliReportsWithTheSparkFreeHelperIndexed() throws Exception {
    start(PARTITIONS);
    List<Diagnostic> diagnostics = session.open(partitions, PARTITIONS).getDiagnostics();

    List<Finding> cli = new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
        .builder().input(workspace.resolve("src")).baseDir(workspace).build()).findings();
    // Pairs.first yields one element per partition; Misnamed.first is out of sight (line 8).
    assertThat(cli).extracting(f -> f.line() + ":" + f.ruleId())
        .containsExactly("8:SparkUnboundedCollect");
    assertThat(diagnostics).extracting(d -> (d.getRange().getStart().getLine() + 1) + ":"
        + d.getCode().getLeft()).containsExactlyElementsOf(
            cli.stream().map(f -> f.line() + ":" + f.ruleId()).toList());
  }

  @Test
  void anUnsavedEditOfTheHelperReChecksTheFunctionsThatCallIt() throws Exception {
    start(PARTITIONS);
    session.open(partitions, PARTITIONS);
    session.open(pairs, PAIRS);
    int mark = session.client.mark();

    session.change(pairs, 2, ENDLESS_PAIRS);

    PublishDiagnosticsParams caller = session.client.await(LspSession.uri(partitions), mark,
        p -> p.getDiagnostics().size() == 2);
    assertThat(caller.getDiagnostics()).extracting(d -> d.getRange().getStart().getLine() + 1)
        .containsExactly(7, 8);
    assertThat(session.client.since(LspSession.uri(pairs), mark))
        .allSatisfy(p -> assertThat(p.getDiagnostics()).isEmpty());

    mark = session.client.mark();
    session.change(pairs, 3, PAIRS);
    assertThat(session.client.await(LspSession.uri(partitions), mark, p -> true).getDiagnostics())
        .extracting(d -> d.getRange().getStart().getLine() + 1).containsExactly(8);
  }

  @Test
  void aFunctionEditedToCallTheHelperBringsTheHelperIntoTheIndex() throws Exception {
    // The driver calls both helpers first; on disk no function calls Pairs: the index lacks it.
    String calling = PARTITIONS.replace("JavaSparkContext sc) {\n", """
        JavaSparkContext sc) {
            Pairs.first(0, 1);
            Unseen.first(0, 1);
        """);
    String unseen = calling.replace("it -> Pairs.first", "it -> Unseen.first");
    start(unseen);
    assertThat(session.open(partitions, unseen).getDiagnostics()).hasSize(2);
    int mark = session.client.mark();

    // Only a function changes: the file's summaries (the calls each method makes) stay the same.
    session.send(partitions, 2, calling);

    assertThat(session.client.await(LspSession.uri(partitions), mark,
        p -> Integer.valueOf(2).equals(p.getVersion())).getDiagnostics())
        .extracting(d -> d.getRange().getStart().getLine() + 1).containsExactly(10);
  }
}
