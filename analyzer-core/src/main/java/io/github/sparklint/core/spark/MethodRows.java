package io.github.sparklint.core.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks method rows, the one format of the built-in Spark facts and of user models:
 * each field is validated ({@link #row}) and a set of rows may neither repeat nor contradict
 * itself ({@link #checkConsistent}).
 */
public final class MethodRows {
  /** The most parameters a Java method can have. */
  private static final int MAX_ARITY = 255;
  private static final Pattern ARITY = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Starts a row's condition in the built-in format. */
  private static final String WHEN = "when";

  private MethodRows() {}

  /** A row with a bad field, or one that repeats or contradicts an earlier row. */
  public static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final int line;

    public BadRow(String field, int line, String message) {
      super(message);
      this.field = field;
      this.line = line;
    }

    /** The field at fault: class, method, arity, fact, argument or when. */
    public String field() {
      return field;
    }

    /** The line of the row at fault. */
    public int line() {
      return line;
    }
  }

  /**
   * The row these fields make, validated: for a user model ({@code model}) a Java class name and
   * only the facts and arguments models may state; else a Spark kind and any fact.
   *
   * @param arity a whole number, or {@code *} or blank for every overload
   * @throws BadRow naming the field at fault
   */
  public static MethodRow row(String owner, String method, String arity, String fact,
      String argument, int line, boolean model) {
    return row(owner, method, arity, fact, argument, null, line, model);
  }

  /**
   * {@link #row}, holding only {@code when} a call's argument is of a class ({@link
   * ArgumentCondition}; null or blank: every call). Only models state conditions, and only of
   * {@code rows}.
   *
   * @throws BadRow naming the field at fault ({@code when} for the condition)
   */
  public static MethodRow row(String owner, String method, String arity, String fact,
      String argument, String when, int line, boolean model) {
    MethodRow row = unconditional(owner, method, arity, fact, argument, line, model);
    if (when == null || when.isBlank()) {
      return row;
    }
    ArgumentCondition condition = ArgumentCondition.parse(when).orElseThrow(() -> new BadRow(
        "when", line, "'" + when.trim() + "' is not a condition; write '"
            + ArgumentCondition.FORM + "' (com.acme.ReadAll or ReadAll)"));
    if (!model || row.fact() != MethodFact.ROWS) {
      throw new BadRow("when", line, "only 'rows' rows of models may have a condition, not '"
          + row.fact().text() + "'");
    }
    if (!row.anyArity() && condition.argument() >= row.arity()) {
      throw new BadRow("when", line, "argument index " + condition.argument() + " is out of "
          + "range for a method of arity " + row.arity() + " (indexes start at 0)");
    }
    return new MethodRow(row.owner(), row.method(), row.arity(), row.fact(), row.argument(),
        line, condition);
  }

  private static MethodRow unconditional(String owner, String method, String arity, String fact,
      String argument, int line, boolean model) {
    if (model ? !isClassName(owner) : SparkKind.ofText(owner).isEmpty()) {
      throw new BadRow("class", line, "'" + owner + "' is not a " + (model
          ? "Java class name (com.acme.Tables or Tables)" : "Spark kind (dataset, rdd, ...)"));
    }
    if (!isIdentifier(method)) {
      throw new BadRow("method", line, "'" + method + "' is not a Java method name");
    }
    int parameters = arity(arity, line);
    MethodFact kind = MethodFact.parse(fact).filter(f -> !model || f.inModels())
        .orElseThrow(() -> new BadRow("fact", line, "unknown fact '" + fact + "'; "
            + (model ? "models may state " + MethodFact.modelFacts() : "see docs/models.md")));
    String value = argument.trim();
    if (value.indexOf("  ") >= 0 || value.indexOf('\t') >= 0) {
      value = SPACES.matcher(value).replaceAll(" ");
    }
    Optional<String> problem = kind.problem(value, model);
    if (problem.isPresent()) {
      throw new BadRow("argument", line, problem.get());
    }
    String index = kind == MethodFact.ROWS && (value.startsWith("input ")
        || value.startsWith("at-most ")) ? value.substring(value.indexOf(' ') + 1)
        : kind == MethodFact.HANDS ? value.substring(0, value.indexOf(' ')) : value;
    if (parameters != MethodRow.ANY_ARITY && ARITY.matcher(index).matches()
        && Integer.parseInt(index) >= parameters) {
      throw new BadRow("argument", line, "argument index " + index + " is out of range for a "
          + "method of arity " + parameters + " (indexes start at 0)");
    }
    return new MethodRow(owner, method, parameters, kind, value, line);
  }

  /** True for a Java identifier ({@code read}, {@code $get}). */
  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a class name a model's {@code returns} may give: a Java class name whose simple name
   * starts with a capital, so it never reads as a Spark kind ({@code dataset}).
   */
  static boolean isLibraryClass(String name) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return isClassName(name) && !simple.isEmpty() && Character.isUpperCase(simple.charAt(0));
  }

  /** True for a simple or dot-separated qualified Java class name. */
  static boolean isClassName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static int arity(String arity, int line) {
    String text = arity == null ? "" : arity.trim();
    if (text.isEmpty() || text.equals("*")) {
      return MethodRow.ANY_ARITY;
    }
    if (!ARITY.matcher(text).matches() || Integer.parseInt(text) > MAX_ARITY) {
      throw new BadRow("arity", line, "'" + text + "' is not a number of parameters (0 to "
          + MAX_ARITY + ", or * for every overload)");
    }
    return Integer.parseInt(text);
  }

  /**
   * The rows of the built-in format: one row a line, fields separated by spaces or tabs ({@code
   * class method arity fact argument... [when condition]}, the argument being the rest of the line
   * up to a {@code when}); {@code #} starts a comment line.
   *
   * @throws BadRow naming the line and field at fault
   */
  public static List<MethodRow> parse(String text) {
    return parse(text, false);
  }

  /**
   * The rows of a text in the built-in format: Spark facts about Spark kinds, or ({@code model})
   * models of library classes, which state only what a user model may.
   *
   * @throws BadRow naming the line and field at fault
   */
  public static List<MethodRow> parse(String text, boolean model) {
    List<MethodRow> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = SPACES.split(line, 5);
      if (fields.length < 4) {
        throw new BadRow("fact", i + 1, "a row needs at least class, method, arity and fact");
      }
      String rest = fields.length == 5 ? fields[4] : "";
      int when = (" " + rest).indexOf(" " + WHEN + " ");
      rows.add(row(fields[0], fields[1], fields[2], fields[3],
          when < 0 ? rest : rest.substring(0, Math.max(0, when - 1)),
          when < 0 ? null : rest.substring(when + WHEN.length()), i + 1, model));
    }
    checkConsistent(rows);
    return List.copyOf(rows);
  }

  /**
   * The rows of a resource in the built-in format next to this class, each also checked by {@code
   * check} (which gives the row's fault, or null): a bad row is a broken sparklint jar.
   *
   * @param model true for models of library classes, false for Spark facts
   * @throws IllegalStateException naming the resource, line and field of a bad row
   */
  static List<MethodRow> load(String resource, boolean model,
      Function<MethodRow, BadRow> check) {
    try (InputStream in = MethodRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the sparklint jar");
      }
      List<MethodRow> rows = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), model);
      for (MethodRow row : rows) {
        BadRow fault = check.apply(row);
        if (fault != null) {
          throw fault;
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " cannot be read", e);
    } catch (BadRow e) {
      throw new IllegalStateException(resource + ":" + e.line() + ": " + e.field() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Checks that no row repeats an earlier one and that no two rows give one method different
   * arguments for a fact it can state only once ({@code returns dataset} and {@code returns rdd}).
   *
   * @throws BadRow naming the later row
   */
  public static void checkConsistent(List<MethodRow> rows) {
    Map<String, List<MethodRow>> seen = new HashMap<>();
    for (MethodRow row : rows) {
      List<MethodRow> same = seen.computeIfAbsent(
          row.simpleOwner() + "#" + row.method() + "#" + row.fact(), k -> new ArrayList<>());
      for (MethodRow earlier : same) {
        if (!row.overlaps(earlier)) {
          continue;
        }
        if (row.argument().equals(earlier.argument()) && row.arity() == earlier.arity()) {
          throw new BadRow("fact", row.line(), "repeats the row of line " + earlier.line());
        }
        if (!row.fact().hasManyValues() && !row.argument().equals(earlier.argument())) {
          throw new BadRow("argument", row.line(), "'" + row.fact().text() + " "
              + row.argument() + "' contradicts '" + earlier.fact().text() + " "
              + earlier.argument() + "' of line " + earlier.line() + " for " + row.owner() + "."
              + row.method());
        }
      }
      same.add(row);
    }
  }
}
