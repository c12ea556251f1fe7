package io.github.sparklint.core.gate;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Sparklint;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The findings a project accepted at one point in time, so that only new ones fail the gate. An
 * entry is identified by rule, repository-relative file, enclosing {@code Class#member} and the
 * normalised code of the flagged expression, never by line, so moving code keeps it baselined; its
 * {@code count} is how many identical findings it absorbs.
 *
 * <p>The file is pretty-printed JSON with one field per line, entries sorted, and a {@code version}
 * field, so that it diffs well in review:
 *
 * <pre>
 * {"version": 1, "tool": "sparklint", "entries": [
 *   {"rule": "SparkUnboundedCollect", "file": "src/main/java/jobs/Export.java",
 *    "enclosing": "Export#run", "code": "ds.collectAsList()", "count": 1}]}
 * </pre>
 */
public final class Baseline {
  /** The format version written and the only one read. */
  public static final int VERSION = 1;
  /**
   * The largest baseline file read: an entry takes about 300 bytes (313 on average for the
   * findings on examples/), so this holds some 400,000 findings, far more than any team reviews.
   * Larger files are refused before reading, rather than running the build out of memory.
   */
  public static final long MAX_BYTES = 128L * 1024 * 1024;
  private static final long BYTES_PER_ENTRY = 300;

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
      .thenComparing(Entry::rule).thenComparing(Entry::enclosing).thenComparing(Entry::code);

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    Map<String, Entry> byKey = new TreeMap<>();
    entries.forEach(e -> byKey.merge(e.key(), e,
        (a, b) -> a.withCount((int) Math.min((long) a.count() + b.count(), Integer.MAX_VALUE))));
    List<Entry> sorted = new ArrayList<>(byKey.values());
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
  }

  /**
   * One accepted finding identity.
   *
   * @param count how many findings with this identity the entry absorbs (at least 1)
   */
  public record Entry(String rule, String file, String enclosing, String code, int count) {
    /** The identity key, the same as {@link Fingerprints#identity(Finding)} of its findings. */
    String key() {
      return rule + "\n" + file + "\n" + enclosing + "\n" + code;
    }

    Entry withCount(int newCount) {
      return new Entry(rule, file, enclosing, code, newCount);
    }
  }

  /** The baseline that accepts exactly {@code findings}. */
  public static Baseline of(List<Finding> findings) {
    return new Baseline(findings.stream()
        .map(f -> new Entry(f.ruleId(), f.file(), f.enclosing(), f.code(), 1)).toList());
  }

  /** The entries, sorted by file, rule, enclosing member and code. */
  public List<Entry> entries() {
    return entries;
  }

  /** The number of findings this baseline absorbs. */
  public long size() {
    return entries.stream().mapToLong(Entry::count).sum();
  }

  /**
   * This baseline with the entries for files in {@code scope} replaced by {@code findings} (which
   * should all lie in scope): how one module of a multi-module build refreshes its part of a shared
   * baseline file.
   */
  public Baseline replacing(Predicate<String> scope, List<Finding> findings) {
    List<Entry> kept = new ArrayList<>();
    entries.stream().filter(e -> !scope.test(e.file())).forEach(kept::add);
    kept.addAll(of(findings).entries);
    return new Baseline(kept);
  }

  /** This baseline without the stale part {@code match} found (counts reduced, empty entries dropped). */
  public Baseline withoutStale(BaselineMatch match) {
    Map<String, Integer> stale = new TreeMap<>();
    match.stale().forEach(e -> stale.put(e.key(), e.count()));
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      int left = e.count() - stale.getOrDefault(e.key(), 0);
      if (left > 0) {
        kept.add(e.withCount(left));
      }
    }
    return new Baseline(kept);
  }

  /** The identity key of a finding, matching {@link Entry#key()}. */
  static String keyOf(Finding f) {
    return Fingerprints.identity(f);
  }

  /** The file text. */
  public String render() {
    JsonObject root = new JsonObject();
    root.addProperty("version", VERSION);
    root.addProperty("tool", Sparklint.NAME);
    JsonArray array = new JsonArray();
    for (Entry e : entries) {
      JsonObject o = new JsonObject();
      o.addProperty("rule", e.rule());
      o.addProperty("file", e.file());
      o.addProperty("enclosing", e.enclosing());
      o.addProperty("code", e.code());
      o.addProperty("count", e.count());
      array.add(o);
    }
    root.add("entries", array);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  /** Writes the file, creating parent directories. */
  public void write(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    Files.writeString(abs, render(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a baseline file.
   *
   * @throws ConfigException naming the file (and line and field) and what is wrong with it
   */
  public static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("baseline " + file + " does not exist; create it with"
          + " --create-baseline " + file + " (CLI) or mvn sparklint:baseline");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ConfigException("baseline " + file + " is " + size / (1024 * 1024) + " MiB;"
            + " sparklint reads baselines up to " + MAX_BYTES / (1024 * 1024) + " MiB (about "
            + MAX_BYTES / BYTES_PER_ENTRY / 1000 * 1000 + " findings); this file is not a baseline"
            + " sparklint wrote, or it accepts too many findings to review");
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return new Baseline(BaselineReader.read(in, "baseline " + file));
      }
    } catch (CharacterCodingException e) {
      throw new ConfigException("baseline " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException("baseline " + file + " cannot be read: " + e.getMessage());
    }
  }

  /** Parses the file text; {@link ConfigException} says what is malformed, where. */
  public static Baseline parse(String text) {
    try {
      return new Baseline(BaselineReader.read(new StringReader(text), "baseline"));
    } catch (IOException e) {
      throw new UncheckedIOException("a string reader does not fail", e);
    }
  }
}
