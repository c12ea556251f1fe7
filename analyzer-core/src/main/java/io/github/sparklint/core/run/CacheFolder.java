package io.github.sparklint.core.run;

import io.github.sparklint.core.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder sparklint keeps its results cache in: {@value #NAME} inside the directory the user
 * names, carrying a {@value #MARKER} file that says sparklint made it (in the format of the Cache
 * Directory Tagging Specification, so backup tools skip it too). sparklint only ever deletes files
 * it can prove it wrote: entries ({@code <2 hex>/<62 hex>.json}) and temporary files ({@code <2
 * hex>/<62 hex>.<digits>.tmp}) inside a folder carrying that marker. Whatever else the user's
 * directory holds, and anything else inside the folder, is never touched.
 */
final class CacheFolder {
  /** The sub-folder of the user's cache directory. */
  static final String NAME = "sparklint-cache";
  /** The marker file in it. */
  static final String MARKER = "CACHEDIR.TAG";
  private static final String SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55";
  private static final String OWNER = "# sparklint results cache";
  private static final String MARKER_TEXT = SIGNATURE + "\n" + OWNER + " (written by sparklint;"
      + " it deletes only its own entries here; the whole folder may be deleted).\n";
  private static final long MAX_MARKER_BYTES = 4096;
  private static final String LAST_PRUNED = "last-pruned";
  private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{62}\\.json");
  private static final Pattern TEMP = Pattern.compile("[0-9a-f]{62}\\.[0-9]+\\.tmp");
  private static final Duration PRUNE_EVERY = Duration.ofDays(1);
  private static final Duration STALE_TEMP = Duration.ofHours(1);

  private CacheFolder() {}

  /**
   * The marked cache folder in {@code dir}, created with its marker if it does not exist yet.
   *
   * @throws ConfigException when it cannot be created, or exists without sparklint's marker
   */
  static Path open(Path dir) {
    Path folder = dir.resolve(NAME);
    try {
      Files.createDirectories(dir);
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        create(dir, folder);
      }
    } catch (IOException e) {
      throw new ConfigException("cannot use cache directory " + dir + ": " + e);
    }
    if (!isMarked(folder)) {
      throw new ConfigException("cannot use cache directory " + dir + ": " + folder
          + " was not made by sparklint (it lacks sparklint's " + MARKER + "); delete it or choose"
          + " another cache directory");
    }
    return folder;
  }

  /**
   * Makes the folder with its marker in one rename, so that no run ever sees it without the marker;
   * when another run wins the race its folder is used.
   */
  private static void create(Path dir, Path folder) throws IOException {
    Path staging = Files.createTempDirectory(dir, "." + NAME + "-");
    try {
      Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
      Files.move(staging, folder);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      // Another run made it first.
    } finally {
      Files.deleteIfExists(staging.resolve(MARKER));
      Files.deleteIfExists(staging);
    }
  }

  /** Whether {@code folder} is a directory with sparklint's marker in it. */
  static boolean isMarked(Path folder) {
    Path marker = folder.resolve(MARKER);
    try {
      return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
          && Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
          && Files.size(marker) <= MAX_MARKER_BYTES
          && Files.readString(marker, StandardCharsets.UTF_8).startsWith(SIGNATURE + "\n" + OWNER);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Where the entry with this 64-hex-digit key lives in {@code folder}. */
  static Path entry(Path folder, String key) {
    return folder.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".json");
  }

  /** A new temporary file next to {@code entry}, named so that pruning recognizes it. */
  static Path tempFileFor(Path entry) throws IOException {
    String name = entry.getFileName().toString();
    String prefix = name.substring(0, name.length() - ".json".length()) + ".";
    return Files.createTempFile(entry.getParent(), prefix, ".tmp");
  }

  /**
   * Deletes entries unused for {@code maxUnused} and temporary files older than an hour, unless a
   * run did so less than a day before {@code now}; only in a folder carrying the marker. Failures
   * are ignored: pruning only saves disk space.
   */
  static void pruneIfDue(Path folder, Instant now, Duration maxUnused) {
    if (!isMarked(folder)) {
      return;
    }
    Path lastPruned = folder.resolve(LAST_PRUNED);
    try {
      if (Files.exists(lastPruned)
          && Files.getLastModifiedTime(lastPruned).toInstant().isAfter(now.minus(PRUNE_EVERY))) {
        return;
      }
      Files.write(lastPruned, new byte[0]);
      Files.setLastModifiedTime(lastPruned, FileTime.from(now));
      try (Stream<Path> files = Files.find(folder, 2, (file, attrs) -> attrs.isRegularFile())) {
        files.forEach(file -> deleteIfStale(folder, file, now, maxUnused));
      }
    } catch (IOException | UncheckedIOException e) {
      // The next run tries again.
    }
  }

  private static void deleteIfStale(Path folder, Path file, Instant now, Duration maxUnused) {
    Path shard = file.getParent();
    if (shard == null || !folder.equals(shard.getParent())
        || !SHARD.matcher(shard.getFileName().toString()).matches()) {
      return;
    }
    String name = file.getFileName().toString();
    Duration maxAge = ENTRY.matcher(name).matches() ? maxUnused
        : TEMP.matcher(name).matches() ? STALE_TEMP : null;
    try {
      if (maxAge != null
          && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()
              .isBefore(now.minus(maxAge))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Another run may have deleted or replaced it.
    }
  }
}
