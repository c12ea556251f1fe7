package io.github.sparklint.core.spark;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of fact a method row states: the fourth column of {@code spark-methods.txt} and the
 * {@code fact:} field of a model in {@code sparklint.yaml} (docs/models.md). Each fact knows which
 * arguments it takes, for the built-in Spark facts and for user models, which may state only the
 * facts (and arguments) about data that code sparklint cannot see can have.
 */
public enum MethodFact {
  /**
   * The Spark kind an instance method returns ({@code returns dataset}); in a model also a
   * library class ({@code returns com.acme.Reader}), so that a chain on the result is followed.
   */
  RETURNS("returns", Shape.KIND, false, Set.of()),
  /** The Spark kind a static method returns. */
  STATIC_RETURNS("static-returns", Shape.KIND, false, null),
  /**
   * Where the rows of the returned Dataset/RDD come from: {@code unbounded} (a table read), {@code
   * bounded N}, {@code driver} (driver-side data), {@code streaming}; Spark's own transformations
   * also {@code receiver}, {@code limit}, {@code range}, {@code one}, {@code fixed}, {@code
   * metadata}, {@code sum},
   * {@code product}, {@code per-partition}, {@code per-row}, {@code sql}, {@code per-key} (one row
   * per key of the result, see {@link #KEYS}); {@code input N}: as many
   * rows as argument N (a row-wise step such as an ML transformer); {@code at-most N}: at most as
   * many rows as the whole number argument N gives ({@code findSynonyms(word, num)}), unbounded
   * when that argument is a number the code does not fix.
   */
  ROWS("rows", Shape.ROWS, false,
      Set.of("unbounded", "bounded", "driver", "streaming", "input", "at-most")),
  /**
   * When the argument at this index is a Dataset or RDD, the result has its rows: {@code
   * spark.read().json(jsonLines)} parses the strings it is given, it reads no file. Unlike {@code
   * rows input N}, a condition on the argument: {@code json(path)} keeps the method's own {@code
   * rows} (a file read).
   */
  ROWS_OF_ARGUMENT("rows-of-argument", Shape.INDEX, false, null),
  /** Brings every row of an argument ({@code 0}, {@code 1}, ...) or the receiver to the driver. */
  COLLECTS("collects", Shape.TARGET, true, Set.of()),
  /** The first n rows reach the driver; n is the argument at this index. */
  TAKES("takes", Shape.INDEX, false, null),
  /** The result is a driver-side list, map or array of the rows. */
  DRIVER_COLLECTION("driver-collection", Shape.NONE, false, null),
  /**
   * One value merged from every element reaches the driver; the function at this index merges two
   * partial results ({@code reduce}, {@code treeReduce}, {@code fold}, {@code aggregate}).
   */
  MERGES("merges", Shape.INDEX, false, null),
  /** The result is a driver-side iterator over every row. */
  LOCAL_ITERATOR("local-iterator", Shape.NONE, false, null),
  /**
   * Copies every element of the iterator argument at this index into a driver-side collection: a
   * {@code toLocalIterator()} handed to it lands whole on the driver.
   */
  DRAINS("drains", Shape.INDEX, true, Set.of()),
  /**
   * A framework hands rows to the parameter at this index of every implementation of the method
   * (an interface's or superclass's method the framework calls): {@code 2 batch} for each batch it
   * ingests ({@code Transformer.apply(jsc, spark, rows, props)} of Hudi), {@code 0 unbounded} for
   * a whole table. The rows are unbounded either way; the word says which, for messages.
   */
  HANDS("hands", Shape.HANDS, true, Set.of()),
  /** Ships an argument's value to every executor (a broadcast variable). */
  BROADCASTS("broadcasts", Shape.INDEX, true, Set.of()),
  /** Marks a Dataset (an argument or the receiver) for a broadcast join. */
  BROADCAST_HINT("broadcast-hint", Shape.TARGET, false, null),
  /** Where the function arguments run: {@code executor}, or {@code driver} [lambda kinds]. */
  FUNCTION("function", Shape.FUNCTION, false, null),
  /** Keeps every row and column of the receiver. */
  KEEPS_INPUT("keeps-input", Shape.NONE, false, null),
  /**
   * Where the keys of the result come from, for aggregations per key: the receiver's ({@code
   * kept}), the {@code (key, value)} tuples its function returns ({@code pair}), the values its
   * function returns ({@code function}), or its arguments, the grouping columns ({@code columns});
   * {@code constant} marks a column with the same value in every row ({@code lit(1)});
   * {@code deduplicated} a result with one row per value of the columns its arguments name (of
   * every column when it names none).
   */
  KEYS("keys", Shape.WORD, false, null),
  /**
   * What a Column method or function means for the rows a condition keeps or a projection makes:
   * a {@code reference} to the column argument 0 names, an {@code equality} with argument 0, a
   * {@code conjunction} of two conditions, the {@code input-file} each row was read from, or the
   * same column under another name ({@code alias}); on a Dataset, the rows where the {@code
   * condition} argument 0 holds, a {@code projection} onto its argument columns, or a column
   * argument 0 {@code named} set to argument 1.
   */
  COLUMN("column", Shape.WORD, false, null),
  /**
   * What each element of the result holds: a {@code group} of the receiver's rows (one element
   * per key), a {@code partition} of them (one element per partition), or each receiver element
   * as it is ({@code kept}).
   */
  ELEMENTS("elements", Shape.WORD, false, null),
  /** Calls its function once per element and has one row per element, the value it returns. */
  MAPS_ELEMENTS("maps-elements", Shape.NONE, false, null),
  /** Registers the receiver under a name SQL text can use. */
  TEMP_VIEW("temp-view", Shape.NONE, false, null),
  /** Keeps the receiver in executor memory. */
  CACHES("caches", Shape.NONE, false, null),
  /** Drops the receiver from executor memory. */
  UNPERSISTS("unpersists", Shape.NONE, false, null),
  /** Drops every cached Dataset. */
  CLEARS_CACHE("clears-cache", Shape.NONE, false, null),
  /** Creates an accumulator whose value grows with every element added. */
  GROWING_ACCUMULATOR("growing-accumulator", Shape.NONE, false, null),
  /** An aggregate function with a {@code scalar} or a {@code growing} result. */
  AGGREGATE("aggregate", Shape.WORD, false, null),
  /**
   * Streaming state it keeps: {@code aggregation}, {@code deduplication}, {@code join}, {@code
   * per-key} (user-managed, with a timeout setting) or {@code spec} (a DStream's StateSpec).
   */
  STATE("state", Shape.WORD, false, null),
  /** Declares event-time lateness, so Spark can drop old state. */
  WATERMARK("watermark", Shape.NONE, false, null),
  /** A state timeout setting: {@code none}, a spec with it {@code unset}, or one that {@code set}s it. */
  TIMEOUT("timeout", Shape.WORD, false, null),
  /** {@code method(key, value)} makes a Spark setting. */
  SETS_CONFIG("sets-config", Shape.NONE, false, null),
  /**
   * Creates or reshapes partitions: the count is the argument at this index, optionally only
   * when the boolean argument after {@code shuffle} is true ({@code partitions 0 shuffle 1}).
   */
  PARTITIONS("partitions", Shape.PARTITIONS, false, null);

  /** The words each {@link Shape#WORD} fact takes. */
  private static final Map<MethodFact, Set<String>> WORDS = Map.of(
      AGGREGATE, Set.of("scalar", "growing"),
      STATE, Set.of("aggregation", "deduplication", "join", "per-key", "spec"),
      TIMEOUT, Set.of("none", "unset", "set"),
      KEYS, Set.of("kept", "pair", "function", "columns", "constant", "elements", "values",
          "deduplicated", "indexed"),
      COLUMN, Set.of("reference", "equality", "conjunction", "input-file", "alias", "membership", "condition",
          "projection", "named"),
      ELEMENTS, Set.of("group", "partition", "kept"));

  /** The values of {@code rows} that need no number. */
  private static final Set<String> ROW_WORDS = Set.of("unbounded", "driver", "streaming",
      "receiver", "limit", "range", "one", "fixed", "metadata", "sum", "product", "per-partition",
      "per-row", "sql", "per-key");

  /** What a framework hands to an implementation's parameter ({@link #HANDS}), by word. */
  private static final Map<String, String> HANDED = Map.of(
      "unbounded", "a whole table", "batch", "each batch it processes, as many rows as a batch");

  /** The Spark kinds a model's {@code returns} may name (else it names a class). */
  private static final Set<String> MODEL_KINDS =
      Set.of("dataset", "rdd", "session", "spark-context", "sql-context");

  private static final Map<String, MethodFact> BY_TEXT = new HashMap<>();

  static {
    for (MethodFact fact : values()) {
      BY_TEXT.put(fact.text, fact);
    }
  }

  private static final Pattern SPACES = Pattern.compile(" ");
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,17}");

  /** What the argument of a fact looks like. */
  private enum Shape { NONE, KIND, INDEX, TARGET, ROWS, WORD, FUNCTION, PARTITIONS, HANDS }

  private final String text;
  private final Shape shape;
  private final boolean manyValues;
  /**
   * The first words of the arguments a user model may give this fact (empty: every valid
   * argument), or null when the fact is Spark's own.
   */
  private final Set<String> inModels;

  MethodFact(String text, Shape shape, boolean manyValues, Set<String> inModels) {
    this.text = text;
    this.shape = shape;
    this.manyValues = manyValues;
    this.inModels = inModels;
  }

  /** The fact as rows write it, e.g. {@code static-returns}. */
  public String text() {
    return text;
  }

  /** True when one method may have this fact several times with different arguments. */
  public boolean hasManyValues() {
    return manyValues;
  }

  /** True when {@code sparklint.yaml} models may state this fact. */
  public boolean inModels() {
    return inModels != null;
  }

  /**
   * What the framework hands for the word of a {@link #HANDS} argument ({@code batch}), for
   * messages: "each batch it processes, as many rows as a batch".
   */
  public static String handed(String word) {
    return HANDED.getOrDefault(word, word);
  }

  /** The fact written {@code text}. */
  public static Optional<MethodFact> parse(String text) {
    return Optional.ofNullable(BY_TEXT.get(text));
  }

  /** The facts a model may state, as rows write them. */
  public static String modelFacts() {
    return String.join(", ", Arrays.stream(values()).filter(MethodFact::inModels)
        .map(MethodFact::text).toList());
  }

  /**
   * Why {@code argument} is not a valid argument of this fact (in a user model when {@code
   * model}), or empty when it is.
   */
  public Optional<String> problem(String argument, boolean model) {
    return valid(argument, model) ? Optional.empty()
        : Optional.of("'" + text + "' takes " + expected(model) + (argument.isEmpty() ? ""
            : ", not '" + argument + "'"));
  }

  private boolean valid(String argument, boolean model) {
    String[] words = argument.isEmpty() ? new String[0] : SPACES.split(argument);
    String first = words.length == 0 ? "" : words[0];
    if (model && !inModels.isEmpty() && !inModels.contains(first)) {
      return false;
    }
    return switch (shape) {
      case NONE -> words.length == 0;
      case KIND -> words.length == 1 && (model ? MODEL_KINDS.contains(first)
          || MethodRows.isLibraryClass(first) : SparkKind.ofText(first).isPresent());
      case INDEX -> words.length == 1 && INDEX.matcher(first).matches();
      case TARGET -> words.length == 1
          && (INDEX.matcher(first).matches() || !model && first.equals("this"));
      case ROWS -> words.length == 1 && ROW_WORDS.contains(first)
          || words.length == 2 && first.equals("bounded") && COUNT.matcher(words[1]).matches()
          || words.length == 2 && (first.equals("input") || first.equals("at-most"))
              && INDEX.matcher(words[1]).matches();
      case WORD -> words.length == 1 && WORDS.get(this).contains(first);
      case FUNCTION -> words.length == 1 && first.equals("executor")
          || first.equals("driver") && words.length <= 2 && (words.length == 1
              || Arrays.stream(words[1].split(",")).allMatch(k -> SparkKind.ofText(k).isPresent()));
      case HANDS -> words.length == 2 && INDEX.matcher(first).matches()
          && HANDED.containsKey(words[1]);
      case PARTITIONS -> INDEX.matcher(first).matches() && (words.length == 1
          || words.length == 3 && words[1].equals("shuffle") && INDEX.matcher(words[2]).matches());
    };
  }

  private String expected(boolean model) {
    return switch (shape) {
      case NONE -> "no argument";
      case KIND -> model ? "dataset, rdd, session, spark-context, sql-context or a class name "
          + "(com.acme.Reader)"
          : "a Spark kind (dataset, rdd, session, ...)";
      case INDEX -> "an argument index (0 for the first argument)";
      case TARGET -> model ? "an argument index (0 for the first argument)"
          : "an argument index or this";
      case ROWS -> model ? "unbounded, bounded N (N a whole number from 1), driver, streaming, "
          + "input N or at-most N (N an argument index)"
          : "one of " + String.join(", ", ROW_WORDS.stream().sorted().toList())
              + ", bounded N, input N or at-most N";
      case WORD -> "one of " + String.join(", ", WORDS.get(this).stream().sorted().toList());
      case FUNCTION -> "executor, or driver followed by the lambda parameters' kinds (rdd,rdd)";
      case HANDS -> "a parameter index followed by unbounded (a whole table) or batch (each "
          + "batch the framework processes): 2 batch";
      case PARTITIONS -> "an argument index, optionally followed by shuffle and the index of the "
          + "flag that must be true";
    };
  }
}
