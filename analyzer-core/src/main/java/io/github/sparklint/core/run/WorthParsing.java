package io.github.sparklint.core.run;

import io.github.sparklint.core.java.SparkMentions;
import io.github.sparklint.core.spark.MethodModels;
import io.github.sparklint.core.spark.MethodRow;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The cheap text check before parsing, the one every front asks: a source is parsed when it
 * mentions Spark ({@link SparkMentions}) or names a class the project's models describe ({@code
 * Exporter.toDriver(table)} with the table from another file). The built-in library models'
 * classes are not looked for: their callers name Spark. Asking it loads neither the parser nor the
 * rules, the models' summaries or the project index, so a front can find out that a set of
 * sources needs no analysis at all before it touches the engine.
 */
public final class WorthParsing {
  private final Set<String> modelledClasses = new HashSet<>();

  /** The check for a project whose {@code sparklint.yaml} declares {@code models}. */
  public WorthParsing(MethodModels models) {
    for (MethodRow row : models.rows()) {
      modelledClasses.add(row.simpleOwner());
    }
  }

  /** Whether {@code source} is worth parsing. */
  public boolean test(String source) {
    if (SparkMentions.mentionsSpark(source)) {
      return true;
    }
    for (String name : modelledClasses) {
      if (source.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of {@code sources} is worth parsing. When none is, analyzing them as one project
   * parses none and finds nothing: only a parsed file adds to the project index or asks it
   * anything, and a Spark-free file is only read again as the caller of a parsed file's method.
   */
  public boolean anyOf(Collection<String> sources) {
    for (String source : sources) {
      if (test(source)) {
        return true;
      }
    }
    return false;
  }
}
