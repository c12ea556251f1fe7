package io.github.sparklint.lsp;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The code actions one kind of remedy offers for a sparklint diagnostic. {@link CodeActions} asks
 * every kind it lists; suppression is one, and a finding's mechanical fix, once the core attaches
 * fixes to findings, becomes another one listed there.
 */
interface FindingActions {
  /**
   * The actions for {@code diagnostic} (its code is the rule id, its range starts at the flagged
   * name) in {@code document} as the client sees it now.
   */
  List<CodeAction> actions(Diagnostic diagnostic, OpenDocuments.Document document);
}
