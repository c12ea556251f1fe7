package io.github.sparklint.core.spark;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition of a model row that holds only for some calls: the static class of one argument
 * ({@code when: argument 0 is com.acme.ReadAll}). A job framework's {@code execute(operation)}
 * returns rows that depend on the operation it is given: one row per operation class says so.
 *
 * @param argument the index of the tested argument (from 0)
 * @param className the class that argument must be an object of, simple or fully qualified
 */
public record ArgumentCondition(int argument, String className) {
  /** How a condition is written, in {@code sparklint.yaml} and in the built-in rows. */
  public static final String FORM = "argument N is ClassName";

  private static final Pattern TEXT = Pattern.compile("argument (0|[1-9][0-9]{0,2}) is (\\S+)");

  /**
   * The condition {@code text} writes, or empty when it is not of the form {@value #FORM} with a
   * Java class name.
   */
  public static Optional<ArgumentCondition> parse(String text) {
    Matcher m = TEXT.matcher(text.trim().replaceAll("\\s+", " "));
    if (!m.matches() || !MethodRows.isLibraryClass(m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new ArgumentCondition(Integer.parseInt(m.group(1)), m.group(2)));
  }

  /** The class's simple name, as classes are matched. */
  public String simpleClass() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The condition as it is written. */
  public String text() {
    return "argument " + argument + " is " + className;
  }
}
