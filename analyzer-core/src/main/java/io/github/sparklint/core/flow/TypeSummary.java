package io.github.sparklint.core.flow;

import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A type of the analyzed sources as other files see it: its superclass (so inherited fields and
 * methods are found), the interfaces it implements (so a call of an interface method finds the
 * classes that implement it), the Spark kinds of its fields and, of an enum, how many values it
 * has (so a key of that type has that many), and the Dataset or RDD kind of a Spark class it
 * extends.
 *
 * @param name its key, its qualified name ({@link io.github.sparklint.core.java.TypeKeys})
 * @param superName a reference to its superclass as its file names it (of an interface: to the
 *     first interface it extends), or null
 * @param interfaces references to its other direct supertypes as its file names them: the
 *     interfaces a class implements, the further interfaces an interface extends
 * @param fields the Spark kind of each field whose declared type is a Spark type
 * @param constants of an enum, how many constants it declares; -1 for another type
 * @param kind the Dataset or RDD kind it inherits from the Spark class it extends ({@code class
 *     RiakJavaRDD<T> extends JavaRDD<T>}), or null: a value of it is one of that kind
 * @param texts the SQL text ({@link SqlSkeleton}) of each final {@code String} field that holds
 *     one ({@code SQL_SELECT_TABLE = String.format("SELECT * FROM %s", t)}), for the subclasses
 *     and implementing classes that read it
 */
public record TypeSummary(String name, String superName, List<String> interfaces,
    Map<String, SparkKind> fields, int constants, SparkKind kind, Map<String, String> texts) {
  public TypeSummary {
    interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    fields = fields == null ? Map.of() : new TreeMap<>(fields);
    texts = texts == null ? Map.of() : new TreeMap<>(texts);
  }
}
