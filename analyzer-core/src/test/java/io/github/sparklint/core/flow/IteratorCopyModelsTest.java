package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkLocalIteratorAccumulation;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The built-in {@code drains} rows of library methods that copy a whole iterator (Guava,
 * commons-collections, the JDK): a {@code toLocalIterator()} handed to one of them is reported,
 * naming the model, or the project method that calls it; lazy wrappers of the same classes, reads
 * of one element and a method of another class with the same name drain nothing.
 */
class IteratorCopyModelsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkLocalIteratorAccumulation());

  @Test
  void libraryCopiesOfTheIteratorHoldEveryRow() {
    tester.addSource("Job.java", """
        import com.google.common.collect.ImmutableList;
        import com.google.common.collect.ImmutableSortedSet;
        import com.google.common.collect.Iterators;
        import java.util.ArrayList;
        import java.util.Comparator;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.commons.collections4.CollectionUtils;
        import org.apache.commons.collections4.IteratorUtils;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Job {
          List<Row> guava(Dataset<Row> events) {
            // BUG: Diagnostic contains: (in `ImmutableList.copyOf()` (a built-in model)
            return ImmutableList.copyOf(events.toLocalIterator());
          }

          void guavaAddAll(JavaRDD<String> lines, List<String> into) {
            // BUG: Diagnostic contains: in `Iterators.addAll()`
            Iterator<String> it = lines.toLocalIterator();
            Iterators.addAll(into, it);
          }

          Object sorted(JavaRDD<String> lines, Comparator<String> order) {
            // BUG: Diagnostic contains: in `ImmutableSortedSet.copyOf()`
            return ImmutableSortedSet.copyOf(order, lines.toLocalIterator());
          }

          List<Row> commons(Dataset<Row> events) {
            // BUG: Diagnostic contains: in `IteratorUtils.toList()`
            return IteratorUtils.toList(events.toLocalIterator(), 1000);
          }

          void commonsAddAll(Dataset<Row> events) {
            List<Row> rows = new ArrayList<>();
            // BUG: Diagnostic contains: in `CollectionUtils.addAll()`
            CollectionUtils.addAll(rows, events.toLocalIterator());
          }

          List<Row> firstTen(Dataset<Row> events) {
            return ImmutableList.copyOf(Iterators.limit(events.toLocalIterator(), 10));
          }

          Row last(Dataset<Row> events) {
            return Iterators.getLast(events.toLocalIterator());
          }

          int count(JavaRDD<String> lines) {
            return Iterators.size(lines.toLocalIterator());
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aProjectMethodCopyingItsIteratorIsNamedWithItsOwnLine() {
    tester.addSource("Copies.java", """
        import com.google.common.collect.Lists;
        import java.util.Iterator;
        import java.util.List;

        class Copies {
          static <T> List<T> all(Iterator<T> rows) {
            List<T> copy = Lists.newArrayList(rows);
            return copy;
          }
        }
        """)
        .addSource("Job.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Job {
              void run(Dataset<Row> events) {
                // BUG: Diagnostic contains: in `Copies.all()` (Copies.java:7), which the iterator
                Copies.all(events.toLocalIterator());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aMethodOfAnotherClassWithACopyingNameDrainsNothing() {
    tester.addSource("Exporter.java", """
        import java.io.Writer;
        import java.util.Iterator;

        class Exporter {
          void toList(Iterator<String> lines, Writer out) throws Exception {
            while (lines.hasNext()) {
              out.write(lines.next());
            }
          }
        }
        """)
        .addSource("Job.java", """
            import java.io.Writer;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              void run(JavaRDD<String> lines, Exporter exporter, Writer out) throws Exception {
                exporter.toList(lines.toLocalIterator(), out);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aFunctionCopyingWithALibraryMethodMakesNoMoreRowsThanItIsGiven() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import com.google.common.collect.Lists;
            import java.util.Arrays;
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, List<String> names) {
                sc.parallelize(names)
                    .flatMap(n -> Lists.newArrayList(Arrays.asList(n.split(",")).iterator()).iterator())
                    .collect();
                sc.textFile("hdfs:///names")
                    .flatMap(n -> Lists.newArrayList(Arrays.asList(n.split(",")).iterator()).iterator())
                    // BUG: Diagnostic contains: unbounded RDD
                    .collect();
              }
            }
            """)
        .expectMatches();
  }
}
