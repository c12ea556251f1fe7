package io.github.sparklint.lsp;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The code actions one kind of remedy offers for a sparklint diagnostic: the finding's automatic
 * fix ({@link FixActions}) or its suppression ({@link SuppressActions}). {@link CodeActions} asks
 * every kind.
 */
interface FindingActions {
  /**
   * The actions for {@code diagnostic} (its code is the rule id, its range starts at the flagged
   * name) in {@code document} as the client sees it now.
   */
  List<CodeAction> actions(Diagnostic diagnostic, OpenDocuments.Document document);
}
