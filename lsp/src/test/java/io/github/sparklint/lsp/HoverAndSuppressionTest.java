package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover shows the rule page; the suppression code actions give code that javac compiles. */
class HoverAndSuppressionTest {
  @TempDir Path workspace;
  @TempDir Path classes;
  private LspSession session;
  private List<Path> jobs;
  private Path job;

  @BeforeEach
  void start() throws Exception {
    jobs = ExampleJobs.copyBadJobs(workspace);
    job = workspace.resolve(ExampleJobs.BAD).resolve("InvoiceReconciliation.java");
    session = LspSession.indexed(workspace);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  @Test
  void hoverOnAFindingShowsTheRulePageAndNothingElsewhere() throws Exception {
    Diagnostic finding = session.open(job, Files.readString(job)).getDiagnostics().get(0);
    Position inside = new Position(finding.getRange().getStart().getLine(),
        finding.getRange().getStart().getCharacter() + 2);

    Hover hover = hover(inside);
    assertThat(hover.getContents().getRight().getKind()).isEqualTo("markdown");
    assertThat(hover.getContents().getRight().getValue())
        .startsWith("**sparklint `SparkUnboundedCollect`**")
        .contains("# SparkUnboundedCollect");
    assertThat(hover(new Position(0, 0))).isNull();
  }

  @Test
  void suppressingOnTheMethodSilencesItsFindingsAndCompiles() throws Exception {
    List<Diagnostic> findings = session.open(job, Files.readString(job)).getDiagnostics();
    assertThat(findings).extracting(d -> d.getCode().getLeft())
        .containsExactly("SparkUnboundedCollect", "SparkUnboundedCollect",
            "SparkUnboundedCollect");

    List<CodeAction> actions = actions(findings.get(0));
    assertThat(actions).extracting(CodeAction::getTitle).containsExactly(
        "Suppress SparkUnboundedCollect with @SuppressWarnings(\"SparkUnboundedCollect\") on"
            + " method main",
        "Suppress SparkUnboundedCollect with @SuppressWarnings(\"SparkUnboundedCollect\") on"
            + " class InvoiceReconciliation");
    String fixed = apply(Files.readString(job), actions.get(0));

    assertThat(fixed).contains("  @SuppressWarnings(\"SparkUnboundedCollect\")\n"
        + "  public static void main(String[] args) {");
    assertThat(session.change(job, 2, fixed).getDiagnostics()).isEmpty();
    assertCompiles(fixed);
  }

  @Test
  void suppressingWhereSuppressWarningsIsAlreadyWrittenAddsToItAndCompiles() throws Exception {
    String annotated = Files.readString(job).replace("  public static void main(",
        "  @SuppressWarnings(\"unchecked\")\n  public static void main(");
    Diagnostic first = session.open(job, annotated).getDiagnostics().get(0);

    String fixed = apply(annotated, actions(first).get(0));

    assertThat(fixed).contains(
        "  @SuppressWarnings({\"unchecked\", \"SparkUnboundedCollect\"})\n  public static");
    assertThat(session.change(job, 2, fixed).getDiagnostics()).isEmpty();
    assertCompiles(fixed);
  }

  @Test
  void suppressingOnTheClassCompilesToo() throws Exception {
    Diagnostic first = session.open(job, Files.readString(job)).getDiagnostics().get(0);

    String fixed = apply(Files.readString(job), actions(first).get(1));

    assertThat(fixed).contains("@SuppressWarnings(\"SparkUnboundedCollect\")\n"
        + "public final class InvoiceReconciliation {");
    assertCompiles(fixed);
  }

  private Hover hover(Position at) throws Exception {
    return session.server.getTextDocumentService().hover(new HoverParams(
        new TextDocumentIdentifier(LspSession.uri(job)), at)).get(30, TimeUnit.SECONDS);
  }

  private List<CodeAction> actions(Diagnostic diagnostic) throws Exception {
    return session.codeActions(job, diagnostic);
  }

  /** The text after the action's edits of this document (applied from the last one back). */
  private String apply(String text, CodeAction action) {
    List<TextEdit> edits = new ArrayList<>(action.getEdit().getChanges().get(LspSession.uri(job)));
    edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
        .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
    List<String> lines = new ArrayList<>(text.lines().toList());
    String joined = String.join("\n", lines) + "\n";
    for (TextEdit edit : edits) {
      int start = offset(joined, edit.getRange().getStart());
      int end = offset(joined, edit.getRange().getEnd());
      joined = joined.substring(0, start) + edit.getNewText() + joined.substring(end);
    }
    return joined;
  }

  private static int offset(String text, Position at) {
    int offset = 0;
    for (int line = 0; line < at.getLine(); line++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset + at.getCharacter();
  }

  /** Compiles the bad jobs with {@code job} replaced by {@code source}, against Spark. */
  private void assertCompiles(String source) throws Exception {
    Files.writeString(job, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path")));
    jobs.forEach(j -> args.add(j.toString()));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = javac.run(null, null, errors, args.toArray(String[]::new));
    assertThat(code).as(errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
