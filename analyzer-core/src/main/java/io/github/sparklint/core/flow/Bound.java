package io.github.sparklint.core.flow;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.spark.LibraryModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many rows a Dataset or RDD can hold, as far as the code shows: the evaluated form of a
 * {@link Flow}. Plain fields (no {@code Optional}) so that it is stored as it is in the results
 * cache.
 *
 * @param kind the kind of bound
 * @param maxRows the maximum row count when constants give it, else -1
 * @param origin the method that bounds it ({@code limit}, {@code range}, ...), or null
 * @param path the project methods the rows came through, from the one this file calls to the
 *     one that built them (empty when this file built them)
 * @param doubt for unbounded rows, what the code leaves open that decides how many there are
 *     ({@link #narrowedTo}), or which framework hands them ({@link HandedRows}), for the message;
 *     null when nothing does
 */
public record Bound(Kind kind, long maxRows, String origin, List<Via> path, String doubt) {
  /** The kind of bound found. */
  public enum Kind {
    /** Nothing upstream caps the row count. */
    UNBOUNDED,
    /** A limit, aggregate, SQL text or range caps the row count (see {@link #rows()}). */
    BOUNDED,
    /** The rows came from a driver-side collection (parallelize, createDataFrame). */
    DRIVER_DATA,
    /** As many rows as the callers of the enclosing method pass in this parameter. */
    PARAMETER,
    /**
     * The code does not show where the rows come from: a method sparklint has no summary or
     * facts for, a field set elsewhere, or a question cut off by the analysis budget.
     */
    UNKNOWN
  }

  /**
   * A method the rows came through, for messages: "rows come from `Loader.events()`
   * (Loader.java:42)".
   *
   * @param method {@code Type.name}
   * @param file the file declaring it, as reported
   * @param line the line of its declaration
   */
  public record Via(String method, String file, int line) {
    /**
     * {@code `Loader.events()` (Loader.java:42)}, or {@code `JavaEsSpark.esRDD()` (a built-in
     * model)} for a library method sparklint ships facts about.
     */
    public String describe() {
      if (isBuiltIn()) {
        return "`" + method + "()` (a built-in model)";
      }
      String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      return "`" + method + "()` (" + name + ":" + line + ")";
    }

    /** True for a step through one of sparklint's built-in library models, not a user's file. */
    public boolean isBuiltIn() {
      return LibraryModels.RESOURCE.equals(file);
    }
  }

  public Bound {
    path = path == null ? List.of() : List.copyOf(path);
  }

  /** How the {@link #doubt()} of rows narrowed to a driver collection's keys begins. */
  private static final String MEMBERS_DOUBT = "the rows are narrowed to the keys in ";

  /** Nothing bounds the rows. */
  public static final Bound UNBOUNDED = new Bound(Kind.UNBOUNDED, -1, null, List.of(), null);

  /** Where the rows come from is out of sight. */
  public static final Bound UNKNOWN = new Bound(Kind.UNKNOWN, -1, null, null, null);

  /** A bound set by the call to {@code origin}, with at most {@code rows} rows when known. */
  public static Bound bounded(OptionalLong rows, String origin) {
    return new Bound(Kind.BOUNDED, rows.orElse(-1), origin, List.of(), null);
  }

  /** Rows distributed from driver data by the call to {@code origin}. */
  public static Bound driverData(String origin) {
    return new Bound(Kind.DRIVER_DATA, -1, origin, List.of(), null);
  }

  /** The rows of the parameter {@code name} of the enclosing method. */
  public static Bound parameter(String name) {
    return new Bound(Kind.PARAMETER, -1, name, List.of(), null);
  }

  /**
   * These rows narrowed by a condition to one value of {@code column} ({@code
   * filter(col("id").equalTo(x))}, {@code WHERE id = ?}; several columns written {@code a`, `b})
   * that the code does not show to be unique: as many rows as share that value, which the code
   * leaves open. Unbounded rows keep the first such doubt; any other bound is as it was.
   */
  public Bound narrowedTo(String column) {
    return kind != Kind.UNBOUNDED || doubt != null ? this : new Bound(kind, maxRows, origin, path,
        "the rows are narrowed to one value of `" + column + "`; how many rows share it is not"
            + " known");
  }

  /**
   * These rows narrowed by a condition to the keys the driver-side {@code collection} holds
   * ({@code filter(t -> ids.contains(t._1))}, {@code col("id").isin(..)}), on a key the code does
   * not show to be unique: as many rows as share those keys, which the code leaves open, like
   * {@link #narrowedTo}.
   */
  public Bound narrowedToMembersOf(String collection) {
    return kind != Kind.UNBOUNDED || doubt != null ? this : new Bound(kind, maxRows, origin, path,
        MEMBERS_DOUBT + "`" + collection + "`, which the driver holds; how"
            + " many rows share them is not known");
  }

  /** The maximum row count, when constants give it. */
  public OptionalLong rows() {
    return maxRows < 0 ? OptionalLong.empty() : OptionalLong.of(maxRows);
  }

  /** The method that bounds the rows. */
  public Optional<String> originMethod() {
    return Optional.ofNullable(origin);
  }

  /** The method that built the rows, when another method did: the last step of the path. */
  public Optional<Via> source() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
  }

  /**
   * {@code "; the rows come from `Loader.events()` (Loader.java:42)"}; for the rows of a parameter
   * of a method no analyzed code calls, which parameter; "" when built here. Followed by the
   * {@link #doubt()}, when there is one.
   */
  public String sourceNote() {
    String doubtNote = doubt == null ? "" : "; " + doubt;
    if (isUncalledParameter()) {
      return "; the rows depend on the parameter `" + origin + "`, and no call in the analyzed sources"
          + " shows what its callers pass";
    }
    return source().map(via -> "; the rows come from " + via.describe()).orElse("") + doubtNote;
  }

  /**
   * How sure a finding about these rows is: low for the rows of a parameter of a method no
   * analyzed code calls (nothing shows what callers pass) and for rows narrowed to the keys a
   * driver collection holds (the labeled samples call them safe, bounded by that collection),
   * high otherwise. A doubt about one value of a column is told, not discounted: findings about
   * such rows were right about as often as the others on the labeled samples (docs/precision.md).
   */
  public Confidence confidence() {
    return isUncalledParameter() || isNarrowedToMembers() ? Confidence.LOW : Confidence.HIGH;
  }

  /**
   * True for unbounded rows narrowed to the keys a driver collection holds: the labeled samples
   * call such collects safe (bounded by that collection) far more often than not.
   */
  private boolean isNarrowedToMembers() {
    return doubt != null && doubt.startsWith(MEMBERS_DOUBT);
  }

  /**
   * The parameter whose rows these are, when it is one of a method no analyzed code calls (see
   * {@link #confidence()}).
   */
  public Optional<String> uncalledParameter() {
    return isUncalledParameter() ? Optional.of(origin) : Optional.empty();
  }

  private boolean isUncalledParameter() {
    return kind == Kind.PARAMETER && path.isEmpty() && origin != null;
  }

  /** True when a limit, aggregate, range or driver data bounds the rows. */
  public boolean isBounded() {
    return kind == Kind.BOUNDED || kind == Kind.DRIVER_DATA;
  }

  /**
   * True when the rows are few enough to hold on the driver: bounded with no known count above
   * {@code maxRows} (a global aggregate, a limit, a small range), or driver data. A bound is only
   * a comfort when it is small: {@code spark.range(0, 20_000_000L)} is bounded, not small.
   */
  public boolean isSmall(long maxRows) {
    return isBounded() && (this.maxRows < 0 || this.maxRows <= maxRows);
  }

  /** This bound, its rows having come through {@code method}, which calls the path's first step. */
  Bound through(Via method) {
    List<Via> longer = new ArrayList<>(path.size() + 1);
    longer.add(method);
    longer.addAll(path);
    return new Bound(kind, maxRows, origin, longer, doubt);
  }
}
