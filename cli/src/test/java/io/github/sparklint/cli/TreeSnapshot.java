package io.github.sparklint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every directory, file, link and special file under a root with what it holds (a content digest,
 * a link target), walked without following links and without opening anything but regular files,
 * so that a run can be proven to have deleted, changed or added nothing it should not.
 */
final class TreeSnapshot {
  private final Map<Path, String> entries;

  private TreeSnapshot(Map<Path, String> entries) {
    this.entries = entries;
  }

  /** The tree under {@code root} now. */
  static TreeSnapshot of(Path root) {
    Map<Path, String> entries = new TreeMap<>();
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              entries.put(dir, "directory");
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              entries.put(file, describe(file, attrs));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              entries.put(file, "unreadable");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSnapshot(entries);
  }

  /** Entries of this snapshot that {@code after} lacks or holds with other content. */
  List<Path> lostOrChangedIn(TreeSnapshot after) {
    List<Path> lost = new ArrayList<>();
    entries.forEach((path, what) -> {
      if (!what.equals(after.entries.get(path))) {
        lost.add(path);
      }
    });
    return lost;
  }

  /** Entries {@code after} has that this snapshot lacks, except those {@code allowed}. */
  List<Path> addedIn(TreeSnapshot after, Predicate<Path> allowed) {
    return after.entries.keySet().stream()
        .filter(path -> !entries.containsKey(path) && !allowed.test(path)).toList();
  }

  private static String describe(Path file, BasicFileAttributes attrs) {
    try {
      if (attrs.isSymbolicLink()) {
        return "link to " + Files.readSymbolicLink(file);
      }
      if (!attrs.isRegularFile()) {
        return "special file";
      }
      if (!Files.isReadable(file)) {
        return "unreadable file of " + attrs.size() + " bytes";
      }
      return "file " + HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      return "unreadable file of " + attrs.size() + " bytes";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
