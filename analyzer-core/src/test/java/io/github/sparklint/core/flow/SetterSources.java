package io.github.sparklint.core.flow;

/**
 * Three files around a field filled through a setter: {@code Holder} declares it, {@code Fill}
 * passes rows to the setter, {@code Read} collects the field of a holder it is given.
 */
public final class SetterSources {
  public static final String HOLDER = """
      import org.apache.spark.api.java.JavaRDD;
      class Holder {
        JavaRDD<String> lines;
        void setLines(JavaRDD<String> lines) {
          this.lines = lines;
        }
      }
      """;
  public static final String READ = """
      import java.util.List;
      class Read {
        List<String> all(Holder holder) {
          return holder.lines.collect();
        }
      }
      """;
  private static final String FILL = """
      import java.util.List;
      import org.apache.spark.api.java.JavaSparkContext;
      class Fill {
        void fill(JavaSparkContext sc, Holder holder, List<String> few) {
          holder.setLines(%s);
        }
      }
      """;

  private SetterSources() {}

  /** {@code Fill}, passing the setter {@code rows}: an expression over {@code sc} and {@code few}. */
  public static String fill(String rows) {
    return FILL.formatted(rows);
  }
}
