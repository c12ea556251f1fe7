package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code git} command in a directory, without a shell, with a timeout, and returns its
 * standard output; a failure becomes a {@link ConfigException} carrying git's own message.
 */
final class GitCommand {
  private static final long TIMEOUT_SECONDS = 120;

  private GitCommand() {}

  /** The result of one run. */
  record Output(int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  /** Runs {@code git args...} in {@code dir}. */
  static Output run(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (IOException e) {
      throw new ConfigException("cannot run git (needed for --new-since / sparklint.newSince): "
          + e.getMessage());
    }
    CompletableFuture<String> out = drain(process.getInputStream());
    CompletableFuture<String> err = drain(process.getErrorStream());
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new ConfigException(
            "git " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      return new Output(process.exitValue(), out.get(), err.get().trim());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ConfigException("interrupted while running git");
    } catch (ExecutionException e) {
      throw new ConfigException("cannot read git's output: " + e.getCause());
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
