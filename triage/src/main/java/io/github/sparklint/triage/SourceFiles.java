package io.github.sparklint.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java files under the {@code --source} roots, by file name, so that a logged
 * {@code Job.java:12} finds its file: by the package path when the log names the class, else by
 * name alone; more than one candidate is reported as ambiguous, never guessed.
 */
final class SourceFiles {
  /** A file and its path below the source root it was found in. */
  private record Source(Path file, Path inRoot) {}

  private final Map<String, List<Source>> byName = new HashMap<>();

  SourceFiles(List<Path> roots) {
    for (Path root : roots) {
      Path top = root.toAbsolutePath().normalize();
      try (Stream<Path> files = Files.walk(top)) {
        files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
            .forEach(f -> byName.computeIfAbsent(f.getFileName().toString(), k -> new ArrayList<>())
                .add(new Source(f, top.relativize(f))));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + root, e);
      }
    }
  }

  /** The files {@code site} may be in: one when it is certain, several when ambiguous. */
  List<Path> candidates(CallSite site) {
    List<Source> named = byName.getOrDefault(site.file(), List.of());
    if (named.size() > 1 && !site.packagePath().isEmpty()) {
      Path inPackage = Path.of(site.packagePath(), site.file());
      List<Path> exact = named.stream().filter(s -> s.inRoot().equals(inPackage))
          .map(Source::file).toList();
      if (!exact.isEmpty()) {
        return exact;
      }
    }
    return named.stream().map(Source::file).toList();
  }
}
