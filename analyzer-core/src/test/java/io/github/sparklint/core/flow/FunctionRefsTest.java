package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A per-partition function held in a field or a local is any value it is given there: when every
 * value emits at most one element per partition the collected rows are one per partition, and one
 * assignment of a function that emits a partition's rows keeps the finding. A function emitting
 * only for one partition index emits at most one element per partition.
 */
class FunctionRefsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void fieldsAndLocalsHoldEveryValueTheyAreGiven() {
    tester.addSource("CountRows.java", PartitionFunctions.counting("CountRows"))
        .addSource("KeepRows.java", PartitionFunctions.keeping("KeepRows"))
        .addSource("Saver.java", """
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.function.Function2;

            class Saver {
              private final Function2<Integer, Iterator<String>, Iterator<Integer>> counter;
              private Function2<Integer, Iterator<String>, Iterator<Integer>> either;
              Function2<Integer, Iterator<String>, Iterator<Integer>> open = new CountRows();

              Saver(boolean keep) {
                this.counter = new CountRows();
                either = new CountRows();
                if (keep) {
                  either = new KeepRows();
                }
              }

              List<Integer> counts(JavaRDD<String> rows) {
                return rows.mapPartitionsWithIndex(this.counter, true).collect();
              }

              List<Integer> some(JavaRDD<String> rows) {
                // BUG: Diagnostic contains: unbounded RDD
                return rows.mapPartitionsWithIndex(either, true).collect();
              }

              List<Integer> others(JavaRDD<String> rows) {
                // other classes may set a field that is neither private nor final
                // BUG: Diagnostic contains: unbounded RDD
                return rows.mapPartitionsWithIndex(open, true).collect();
              }

              List<Integer> local(JavaRDD<String> rows, boolean keep) {
                Function2<Integer, Iterator<String>, Iterator<Integer>> f;
                f = new CountRows();
                rows.mapPartitionsWithIndex(f, true).collect();
                if (keep) {
                  f = new KeepRows();
                }
                // BUG: Diagnostic contains: unbounded RDD
                return rows.mapPartitionsWithIndex(f, true).collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aFunctionEmittingOnlyForOnePartitionIndexEmitsAtMostOneElementPerPartition() {
    tester.addSource("Headers.java", """
        import java.util.Collections;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Headers {
          List<String> first(JavaRDD<String> lines) {
            return lines.mapPartitionsWithIndex((index, rows) -> {
              if (index == 0 && rows.hasNext()) {
                return List.of(rows.next()).iterator();
              } else {
                return Collections.<String>emptyIterator();
              }
            }, false).collect();
          }

          List<String> firstPartition(JavaRDD<String> lines) {
            return lines.mapPartitionsWithIndex((index, rows) -> {
              if (index == 0) {
                return rows;
              }
              return Collections.<String>emptyIterator();
            // BUG: Diagnostic contains: unbounded RDD
            }, false).collect();
          }
        }
        """)
        .expectMatches();
  }
}
