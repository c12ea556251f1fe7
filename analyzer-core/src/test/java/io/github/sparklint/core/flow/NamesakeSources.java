package io.github.sparklint.core.flow;

/**
 * Two project classes of one simple name in different packages ({@code a.Loader}, {@code
 * b.Loader}), each with a nested {@code Part}, filling their RDD fields differently, and a reader
 * of both fields of whichever {@code Loader} its file names.
 */
public final class NamesakeSources {
  /** What {@code a.Loader} reads: a file, unbounded. */
  public static final String READ = "sc.textFile(\"hdfs://events\")";
  /** What {@code b.Loader} holds: two literal rows. */
  public static final String LITERAL = "sc.parallelize(Arrays.asList(\"x\", \"y\"))";

  private static final String LOADER = """
      package %s;

      import java.util.Arrays;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      public class Loader {
        public JavaRDD<String> lines;

        public Loader(JavaSparkContext sc) {
          lines = %s;
        }

        public static class Part {
          public JavaRDD<String> rows;

          public Part(JavaSparkContext sc) {
            rows = %s;
          }
        }
      }
      """;

  private static final String READER = """
      package %s;
      %s
      import java.util.List;
      import org.apache.spark.api.java.JavaSparkContext;

      class %s {
        List<String> all(JavaSparkContext sc) {
          Loader loader = new Loader(sc);
          %s
          return loader.lines.collect();
        }

        List<String> part(JavaSparkContext sc) {
          Loader.Part part = new Loader.Part(sc);
          %s
          return part.rows.collect();
        }
      }
      """;

  private NamesakeSources() {}

  /** {@code pkg.Loader}, whose fields hold {@code rows}. */
  public static String loader(String pkg, String rows) {
    return LOADER.formatted(pkg, rows, rows);
  }

  /**
   * Class {@code name} of package {@code pkg} with {@code imports}, collecting both fields; {@code
   * marker} is written before each collect (a {@code // BUG: Diagnostic contains:} line, or "").
   */
  public static String reader(String pkg, String imports, String name, String marker) {
    return READER.formatted(pkg, imports, name, marker, marker);
  }
}
