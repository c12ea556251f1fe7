package io.github.sparklint.core.flow;

import io.github.sparklint.core.spark.SparkKind;
import java.util.Map;
import java.util.TreeMap;

/**
 * A type of the analyzed sources as other files see it: its superclass (so inherited fields and
 * methods are found) and the Spark kinds of its fields.
 *
 * @param name its key, its qualified name ({@link io.github.sparklint.core.java.TypeKeys})
 * @param superName a reference to its superclass as its file names it, or null
 * @param fields the Spark kind of each field whose declared type is a Spark type
 */
public record TypeSummary(String name, String superName, Map<String, SparkKind> fields) {
  public TypeSummary {
    fields = fields == null ? Map.of() : new TreeMap<>(fields);
  }
}
