package io.github.sparklint.lsp;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.run.FileAnalyzer;
import io.github.sparklint.core.java.SourceFiles;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The language server's state and what happens to it: open documents, the workspace's settings
 * and its warm {@link ProjectResults}. Every analysis runs on the {@link AnalysisQueue}'s thread;
 * indexing the workspace runs on its own thread, and until it ends a document is analyzed on its
 * own, so that first diagnostics never wait for the index.
 */
final class Workspace implements AutoCloseable {
  /** How long edits must pause before the document is analyzed again. */
  static final Duration DEBOUNCE = Duration.ofMillis(300);
  private static final String INSTALL = "\0install-index";
  private static final String CONFIG = "\0reload-config";
  private static final String DISK = "\0disk-changes";

  private final Path root;
  private final Charset encoding;
  private final OpenDocuments documents = new OpenDocuments();
  private final Publisher publisher;
  private final AnalysisQueue queue;
  private final Supplier<IndexProgress> progress;
  private final Consumer<String> log;
  private final int threads = Runtime.getRuntime().availableProcessors();
  private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "sparklint-lsp-indexer");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger generation = new AtomicInteger();
  private final Set<Path> diskChanges = new HashSet<>();
  private volatile FileChecks checks;
  /** Read and written on the analysis thread only; null until the workspace is indexed. */
  private ProjectResults project;

  /**
   * @param root the workspace folder, or null when the client opened none
   * @param encoding the encoding of the Java sources on disk
   * @param progress a new reporter for each indexing run
   * @param log hears what went wrong (the client's log)
   */
  Workspace(Path root, Charset encoding, Publisher publisher, Supplier<IndexProgress> progress,
      Consumer<String> log) {
    this.root = root;
    this.encoding = encoding;
    this.publisher = publisher;
    this.progress = progress;
    this.log = log;
    this.queue = new AnalysisQueue(e -> log.accept("sparklint: analysis failed: " + e));
    this.checks = new FileChecks(WorkspaceSettings.defaults(root, encoding));
  }

  /** Reads the settings and indexes the workspace in the background. */
  void start() {
    queue.submit(CONFIG, Duration.ZERO, this::reloadSettings);
  }

  Publisher publisher() {
    return publisher;
  }

  OpenDocuments documents() {
    return documents;
  }

  void opened(OpenDocuments.Document document) {
    documents.put(document);
    queue.submit(document.uri(), Duration.ZERO, () -> check(document.path()));
  }

  void changed(OpenDocuments.Document document) {
    documents.put(document);
    queue.submit(document.uri(), DEBOUNCE, () -> check(document.path()));
  }

  void saved(String uri, Path path) {
    if (isSettingsFile(path)) {
      queue.submit(CONFIG, Duration.ZERO, this::reloadSettings);
    } else {
      queue.submit(uri, Duration.ZERO, () -> check(path));
    }
  }

  void closed(String uri, Path path) {
    documents.remove(path);
    queue.submit(uri, Duration.ZERO, () -> {
      publisher.clear(uri);
      if (project != null && project.resultOf(path).isPresent()) {
        update(List.of(path));
      }
    });
  }

  /** Files changed on disk (the client's file watcher): settings, or Java sources. */
  void changedOnDisk(Collection<Path> paths) {
    if (paths.stream().anyMatch(this::isSettingsFile)) {
      queue.submit(CONFIG, Duration.ZERO, this::reloadSettings);
    }
    synchronized (diskChanges) {
      paths.stream().filter(p -> p.toString().endsWith(".java")).forEach(diskChanges::add);
    }
    queue.submit(DISK, DEBOUNCE, () -> {
      Set<Path> batch;
      synchronized (diskChanges) {
        batch = Set.copyOf(diskChanges);
      }
      if (project != null && !batch.isEmpty()) {
        update(batch.stream().filter(checks.settings()::covers).toList());
      }
      synchronized (diskChanges) {
        diskChanges.removeAll(batch);
      }
    });
  }

  private boolean isSettingsFile(Path path) {
    return checks.settings().configFile().map(path::equals).orElse(false);
  }

  /** Analyzes open document {@code path} and publishes what changed (analysis thread). */
  private void check(Path path) {
    OpenDocuments.Document document = documents.get(path).orElse(null);
    WorkspaceSettings settings = checks.settings();
    if (document == null) {
      return;
    }
    if (SourceFiles.isConfigFile(path)) {
      publish(document, checks.analyzeConfigFile(path, document.text()));
    } else if (!path.toString().endsWith(".java")) {
      return;
    } else if (settings.excludes(path)) {
      publisher.publish(document.uri(), document.version(), List.of());
    } else if (project != null && settings.covers(path)) {
      update(List.of(path));
    } else {
      publish(document, checks.analyzeAll(List.of(path), documents::textOf, null, 1,
          () -> { }).get(0));
    }
  }

  /**
   * Takes {@code changed} into the project; publishes each open document whose result changed,
   * and the errors of the other files whose result changed.
   */
  private void update(Collection<Path> changed) {
    ProjectResults.Update update = project.update(changed, documents::textOf);
    project = update.next();
    update.changed().forEach(this::publish);
  }

  /**
   * Publishes {@code result}: all of it for an open document, its errors (a file that is not
   * text in the sources' encoding, that does not parse) for a file only on disk, as the CLI lists
   * every file it could not analyze.
   */
  private void publish(Path file, FileAnalyzer.FileResult result) {
    documents.get(file).ifPresentOrElse(d -> publish(d, result),
        () -> publisher.publishErrors(file, result));
  }

  /** Publishes the findings of {@code result} the settings' confidence threshold shows. */
  private void publish(OpenDocuments.Document document, FileAnalyzer.FileResult result) {
    publisher.publish(document, result.shownBy(checks.settings().config()));
  }

  /** Reads {@code sparklint.yaml} again, then re-indexes and re-checks (analysis thread). */
  private void reloadSettings() {
    WorkspaceSettings settings;
    try {
      settings = WorkspaceSettings.load(root, encoding);
    } catch (ConfigException e) {
      log.accept("sparklint: " + e.getMessage());
      checks.settings().configFile().ifPresent(file -> publisher.publish(file.toUri().toString(),
          null, List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
              e.getMessage(), DiagnosticSeverity.Error, Diagnostics.SOURCE))));
      return;
    }
    settings.configFile().ifPresent(file -> publisher.publish(file.toUri().toString(), null,
        List.of()));
    checks = new FileChecks(settings);
    project = null;
    documents.all().forEach(d -> check(d.path()));
    if (root != null) {
      index(generation.incrementAndGet(), checks);
    }
  }

  /** Indexes the workspace in the background, then installs the index (unless superseded). */
  private void index(int run, FileChecks with) {
    indexer.submit(() -> {
      IndexProgress reporter = progress.get();
      try {
        ProjectResults indexed = ProjectResults.index(with, threads, reporter);
        queue.submit(INSTALL + run, Duration.ZERO, () -> {
          if (run == generation.get()) {
            project = indexed;
            publisher.clearErrorsOfUnopenedFiles();
            indexed.results().forEach((file, result) -> {
              if (documents.get(file).isEmpty()) {
                publisher.publishErrors(file, result);
              }
            });
            documents.all().stream().map(OpenDocuments.Document::path)
                .filter(with.settings()::covers).forEach(path -> update(List.of(path)));
          }
          reporter.end("indexed " + indexed.size() + " Java files");
        });
      } catch (RuntimeException e) {
        reporter.end("indexing failed");
        log.accept("sparklint: indexing failed: " + e);
      }
    });
  }

  @Override
  public void close() {
    queue.close();
    indexer.shutdownNow();
  }
}
