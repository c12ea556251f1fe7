package io.github.sparklint.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The {@code workspace/*} notifications: watched files (Java sources and {@code sparklint.yaml})
 * changed on disk. Editor settings are not read: {@code sparklint.yaml} is the one configuration,
 * as in every front.
 */
final class WorkspaceEvents implements WorkspaceService {
  private Workspace workspace;

  void attach(Workspace attached) {
    this.workspace = attached;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // sparklint.yaml is the configuration; it is watched, and re-read when saved.
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    List<Path> paths = new ArrayList<>();
    for (FileEvent event : params.getChanges()) {
      OpenDocuments.pathOf(event.getUri()).ifPresent(paths::add);
    }
    workspace.changedOnDisk(paths);
  }
}
