package io.github.sparklint.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The code actions for the sparklint diagnostics a client's request names. */
final class CodeActions {
  /** Every kind of remedy, asked in this order (a finding's fix would come first). */
  private static final List<FindingActions> REMEDIES = List.of(new SuppressActions());

  private CodeActions() {}

  static List<Either<Command, CodeAction>> of(CodeActionParams params,
      OpenDocuments.Document document) {
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
      return actions;
    }
    for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
      if (!Diagnostics.SOURCE.equals(diagnostic.getSource()) || diagnostic.getCode() == null) {
        continue;
      }
      for (FindingActions remedy : REMEDIES) {
        remedy.actions(diagnostic, document).forEach(a -> actions.add(Either.forRight(a)));
      }
    }
    return actions;
  }
}
