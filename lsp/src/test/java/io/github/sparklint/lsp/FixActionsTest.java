package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's automatic fix is the preferred code action, while the text is what it fixed. */
class FixActionsTest {
  private static final String CONF_JOB = """
      package jobs;

      import org.apache.spark.SparkConf;

      public final class ConfJob {
        static SparkConf conf() {
          return new SparkConf().set("spark.driver.maxResultSize", "0");
        }
      }
      """;

  @TempDir Path workspace;
  private LspSession session;
  private Path job;

  @BeforeEach
  void start() throws Exception {
    job = Jobs.write(workspace, "ConfJob.java", CONF_JOB);
    session = LspSession.indexed(workspace);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  @Test
  void theFixComesFirstAndItsEditClearsTheFinding() throws Exception {
    Diagnostic finding = session.open(job, CONF_JOB).getDiagnostics().get(0);
    assertThat(finding.getCode().getLeft()).isEqualTo("SparkUnlimitedMaxResultSize");

    List<CodeAction> actions = actions(finding);

    assertThat(actions.get(0).getTitle()).startsWith("sparklint fix: ");
    assertThat(actions.get(0).getIsPreferred()).isTrue();
    assertThat(actions.subList(1, actions.size())).extracting(CodeAction::getTitle)
        .allMatch(title -> title.startsWith("Suppress SparkUnlimitedMaxResultSize"));
    List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(LspSession.uri(job));
    assertThat(edits).extracting(TextEdit::getNewText).containsExactly("\"1g\"");
    String fixed = CONF_JOB.replace("\"0\")", "\"1g\")");
    assertThat(edits.get(0).getRange().getStart().getLine()).isEqualTo(6);
    assertThat(session.change(job, 2, fixed).getDiagnostics()).isEmpty();
  }

  @Test
  void noFixIsOfferedOnceTheTextChangedSinceTheAnalysis() throws Exception {
    Diagnostic finding = session.open(job, CONF_JOB).getDiagnostics().get(0);
    session.send(job, 2, "// a new first line\n" + CONF_JOB);

    List<CodeAction> actions = actions(finding);

    assertThat(actions).extracting(CodeAction::getTitle)
        .noneMatch(title -> title.startsWith("sparklint fix: "));
  }

  private List<CodeAction> actions(Diagnostic diagnostic) throws Exception {
    return session.codeActions(job, diagnostic);
  }
}
