package io.github.sparklint.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The {@code textDocument/*} messages: document sync, hover and code actions. */
final class DocumentService implements TextDocumentService {
  private Workspace workspace;

  void attach(Workspace attached) {
    this.workspace = attached;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocuments.pathOf(uri).ifPresent(path -> workspace.opened(new OpenDocuments.Document(
        uri, path, params.getTextDocument().getVersion(), params.getTextDocument().getText())));
  }

  /** The server asks for full-text sync: the last change holds the whole new text. */
  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (changes.isEmpty()) {
      return;
    }
    String text = changes.get(changes.size() - 1).getText();
    OpenDocuments.pathOf(uri).ifPresent(path -> workspace.changed(new OpenDocuments.Document(
        uri, path, params.getTextDocument().getVersion(), text)));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocuments.pathOf(uri).ifPresent(path -> workspace.closed(uri, path));
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocuments.pathOf(uri).ifPresent(path -> workspace.saved(uri, path));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    List<org.eclipse.lsp4j.Diagnostic> shown =
        workspace.publisher().current(params.getTextDocument().getUri());
    return CompletableFuture.completedFuture(
        FindingHover.at(shown, params.getPosition()).orElse(null));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    Optional<OpenDocuments.Document> document = OpenDocuments
        .pathOf(params.getTextDocument().getUri())
        .flatMap((Path path) -> workspace.documents().get(path));
    return CompletableFuture.completedFuture(
        document.map(d -> CodeActions.of(params, d)).orElse(List.of()));
  }
}
