package io.github.sparklint.lsp;

import io.github.sparklint.core.java.SuppressionEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * "Suppress with {@code @SuppressWarnings("<RuleId>")}" on the method and on the class enclosing
 * a finding in a Java document: the edit {@link SuppressionEdits} works out, which adds the rule
 * id to an existing {@code @SuppressWarnings} rather than writing a second one.
 */
final class SuppressActions implements FindingActions {
  @Override
  public List<CodeAction> actions(Diagnostic diagnostic, OpenDocuments.Document document) {
    String ruleId = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
    if (ruleId == null || !document.path().toString().endsWith(".java")) {
      return List.of();
    }
    Position at = diagnostic.getRange().getStart();
    List<CodeAction> actions = new ArrayList<>();
    for (SuppressionEdits.Target target : SuppressionEdits.Target.values()) {
      SuppressionEdits.suppress(document.text(), at.getLine() + 1, at.getCharacter() + 1,
          ruleId, target).ifPresent(edit -> actions.add(action(diagnostic, document, ruleId,
              target, edit)));
    }
    return actions;
  }

  private static CodeAction action(Diagnostic diagnostic, OpenDocuments.Document document,
      String ruleId, SuppressionEdits.Target target, SuppressionEdits.Edit edit) {
    String where = target == SuppressionEdits.Target.METHOD ? "method" : "class";
    CodeAction action = new CodeAction("Suppress " + ruleId + " with @SuppressWarnings(\""
        + ruleId + "\") on " + where + " " + edit.declaration());
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    Range range = new Range(new Position(edit.beginLine() - 1, edit.beginColumn() - 1),
        new Position(edit.endLine() - 1, edit.endColumn() - 1));
    action.setEdit(new WorkspaceEdit(Map.of(document.uri(),
        List.of(new TextEdit(range, edit.text())))));
    return action;
  }
}
