package io.github.sparklint.core.flow;

/**
 * Two per-partition function classes ({@code Function2<Integer, Iterator<String>,
 * Iterator<Integer>>}) under a given name: one that counts its partition's rows and emits one
 * element, one whose output is a List filled in a loop over its partition's rows.
 */
public final class PartitionFunctions {
  private static final String COUNTING = """
      import java.util.Collections;
      import java.util.Iterator;
      import org.apache.spark.api.java.function.Function2;

      class CountRows implements Function2<Integer, Iterator<String>, Iterator<Integer>> {
        @Override
        public Iterator<Integer> call(Integer partition, Iterator<String> rows) {
          int n = 0;
          while (rows.hasNext()) {
            rows.next();
            n++;
          }
          return Collections.singletonList(n).iterator();
        }
      }
      """;

  private static final String KEEPING = """
      import java.util.ArrayList;
      import java.util.Iterator;
      import java.util.List;
      import org.apache.spark.api.java.function.Function2;

      class KeepRows implements Function2<Integer, Iterator<String>, Iterator<Integer>> {
        @Override
        public Iterator<Integer> call(Integer partition, Iterator<String> rows) {
          List<Integer> kept = new ArrayList<>();
          while (rows.hasNext()) {
            kept.add(rows.next().length());
          }
          return kept.iterator();
        }
      }
      """;

  private PartitionFunctions() {}

  /** A class {@code name} emitting one element per partition: the count of its rows. */
  public static String counting(String name) {
    return COUNTING.replace("CountRows", name);
  }

  /** A class {@code name} emitting one element per row of its partition. */
  public static String keeping(String name) {
    return KEEPING.replace("KeepRows", name);
  }
}
