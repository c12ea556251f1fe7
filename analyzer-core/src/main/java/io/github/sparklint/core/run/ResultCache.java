package io.github.sparklint.core.run;

import com.google.gson.Gson;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.rule.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import io.github.sparklint.core.flow.FileSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Per-file results kept between runs, so an unchanged file is not analyzed again. An entry's key
 * is the SHA-256 of the file's bytes, the configuration fingerprint, the sparklint version (and,
 * for snapshot builds, the core jar's size and time stamp) and the rule ids; a changed file, a
 * changed setting or a new sparklint build therefore misses. An entry also holds the file's
 * project-index summaries and the index answers its findings depend on: the run uses a hit only
 * when the index of this run gives every one of those answers again (see {@code ProjectView}),
 * and analyzes the file afresh otherwise. Entries are JSON files written to a
 * temporary file and moved into place; an unreadable or corrupt entry counts as a miss and is
 * rewritten. The cache never stores anything but sparklint's own results.
 *
 * <p>The cache prunes itself: a hit refreshes the entry's time stamp (at most once a day), and at
 * most once a day a run deletes the entries no run has used for {@link #MAX_UNUSED} (old file
 * versions, deleted files, other configurations) and temporary files left by killed runs. It
 * lives in its own marked folder inside the given directory and deletes nothing else ({@link
 * CacheFolder}).
 */
public final class ResultCache {
  /** Entries unused for this long are deleted. */
  public static final Duration MAX_UNUSED = Duration.ofDays(30);
  private static final Duration REFRESH_AFTER = Duration.ofDays(1);
  private static final Duration STALE_TEMP = Duration.ofHours(1);
  private static final String PRUNE_MARKER = "last-pruned";
  private static final int FORMAT = 29;
  private static final Gson GSON = new Gson();

  private final Path dir;
  private final byte[] salt;

  private ResultCache(Path dir, String salt) {
    this.dir = dir;
    this.salt = salt.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Opens (creating it if needed) the cache kept in {@code dir}'s {@value CacheFolder#NAME}
   * folder for runs with these settings.
   *
   * @throws ConfigException when the folder cannot be made, or exists but was not made by sparklint
   */
  public static ResultCache open(Path dir, SparklintConfig config, List<Rule> rules) {
    Path folder = CacheFolder.open(dir.toAbsolutePath().normalize());
    String ruleIds = rules.stream().map(Rule::id).sorted().collect(Collectors.joining(","));
    ResultCache cache = new ResultCache(folder, "sparklint-cache " + FORMAT + "\n"
        + Sparklint.version() + " " + buildStamp() + "\n" + config.fingerprint() + "\n" + ruleIds
        + "\n");
    CacheFolder.pruneIfDue(folder, Instant.now(), MAX_UNUSED);
    return cache;
  }

  /** The key of a file with these bytes. */
  public String key(byte[] bytes, Charset encoding) {
    MessageDigest digest = sha256();
    digest.update(salt);
    // the same bytes are another text in another encoding
    digest.update(encoding.name().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The cached result for {@code key}, reported under the name {@code file}; empty on a miss. */
  public Optional<FileAnalyzer.FileResult> load(String key, String file) {
    Path entry = entry(key);
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try {
      refresh(entry);
      Entry stored = GSON.fromJson(Files.readString(entry, StandardCharsets.UTF_8), Entry.class);
      if (stored == null || stored.format != FORMAT || stored.findings == null
          || stored.errors == null || stored.summary == null || stored.answers == null) {
        return Optional.empty();
      }
      List<Finding> findings = stored.findings.stream().map(f -> f.withFile(file)).toList();
      List<AnalysisError> errors = stored.errors.stream()
          .map(e -> new AnalysisError(file, e.line(), e.column(), e.message())).toList();
      return Optional.of(new FileAnalyzer.FileResult(findings, errors, stored.parsed,
          stored.summary, stored.answers));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores {@code result} under {@code key}; a failure to write only costs the next run time. */
  public void store(String key, FileAnalyzer.FileResult result) {
    Path entry = entry(key);
    Entry stored = new Entry();
    stored.format = FORMAT;
    stored.parsed = result.parsed();
    stored.findings = result.findings().stream().map(f -> f.withFile("")).toList();
    stored.errors = result.errors().stream()
        .map(e -> new AnalysisError("", e.line(), e.column(), e.message())).toList();
    stored.summary = result.summary();
    stored.answers = result.answers();
    try {
      Files.createDirectories(entry.getParent());
      Path temp = CacheFolder.tempFileFor(entry);
      try {
        Files.writeString(temp, GSON.toJson(stored), StandardCharsets.UTF_8);
        move(temp, entry);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // The cache is an optimization: the result was still reported.
    }
  }

  /** Marks {@code entry} as used, so that pruning keeps it; written at most once a day. */
  private static void refresh(Path entry) throws IOException {
    Instant now = Instant.now();
    if (Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(REFRESH_AFTER))) {
      Files.setLastModifiedTime(entry, FileTime.from(now));
    }
  }

  private Path entry(String key) {
    return CacheFolder.entry(dir, key);
  }

  private static void move(Path temp, Path entry) throws IOException {
    try {
      Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** For snapshot builds, whose version does not change with the code: the core jar's identity. */
  private static String buildStamp() {
    if (!Sparklint.version().endsWith("-SNAPSHOT")) {
      return "";
    }
    try {
      Path code = Path.of(ResultCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code)
          ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : "";
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "";
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** The JSON form of one entry. */
  private static final class Entry {
    int format;
    boolean parsed;
    List<Finding> findings;
    List<AnalysisError> errors;
    FileSummary summary;
    Map<String, String> answers;
  }
}
