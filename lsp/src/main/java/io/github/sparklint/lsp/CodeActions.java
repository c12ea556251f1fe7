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
  private CodeActions() {}

  /**
   * The actions for the request's diagnostics in {@code document}: each finding's automatic fix
   * first, when it has one, then the suppressions.
   */
  static List<Either<Command, CodeAction>> of(CodeActionParams params,
      OpenDocuments.Document document, Publisher publisher) {
    List<FindingActions> remedies = List.of(new FixActions(publisher), new SuppressActions());
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
      return actions;
    }
    for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
      if (!Diagnostics.SOURCE.equals(diagnostic.getSource()) || diagnostic.getCode() == null) {
        continue;
      }
      for (FindingActions remedy : remedies) {
        remedy.actions(diagnostic, document).forEach(a -> actions.add(Either.forRight(a)));
      }
    }
    return actions;
  }
}
