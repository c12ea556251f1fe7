package io.github.sparklint.lsp;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The finding's automatic fix (docs/fixes.md), the same edits the CLI's {@code --fix} and Error
 * Prone's suggested fix make, offered only while the document still reads as the text the fix was
 * computed on.
 */
final class FixActions implements FindingActions {
  private final Publisher publisher;

  FixActions(Publisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public List<CodeAction> actions(Diagnostic diagnostic, OpenDocuments.Document document) {
    SourceFix fix = publisher.findingOf(document.uri(), diagnostic).map(Finding::autoFix)
        .orElse(SourceFix.NONE);
    if (fix.isEmpty() || !fix.fits(document.text())) {
      return List.of();
    }
    List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>();
    for (TextEdit edit : fix.edits()) {
      edits.add(new org.eclipse.lsp4j.TextEdit(new Range(
          new Position(edit.startLine() - 1, edit.startColumn() - 1),
          new Position(edit.endLine() - 1, edit.endColumn() - 1)), edit.replacement()));
    }
    CodeAction action = new CodeAction("sparklint fix: " + fix.description());
    action.setKind(CodeActionKind.QuickFix);
    action.setIsPreferred(true);
    action.setDiagnostics(List.of(diagnostic));
    action.setEdit(new WorkspaceEdit(Map.of(document.uri(), edits)));
    return List.of(action);
  }
}
