package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkLocalIteratorAccumulationTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkLocalIteratorAccumulation.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Exporter.java", """
        import com.google.common.collect.Lists;
        import java.io.IOException;
        import java.io.Writer;
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Exporter {
          private final List<String> ids = new ArrayList<>();

          void streamOut(Dataset<Row> events, Writer out) throws IOException {
            Iterator<Row> it = events.toLocalIterator();
            while (it.hasNext()) {
              out.write(it.next().mkString(",") + "\\n");
            }
          }

          void inBatches(JavaRDD<String> lines) {
            Iterator<String> it = lines.toLocalIterator();
            List<String> batch = new ArrayList<>();
            while (it.hasNext()) {
              batch.add(it.next());
              if (batch.size() == 500) {
                send(batch);
                batch.clear();
              }
            }
            send(batch);
          }

          List<Row> drainLoop(SparkSession spark) {
            Dataset<Row> events = spark.table("events");
            List<Row> rows = new ArrayList<>();
            // BUG: Diagnostic contains: [SparkLocalIteratorAccumulation] `toLocalIterator()`
            Iterator<Row> it = events.toLocalIterator();
            while (it.hasNext()) {
              rows.add(it.next());
            }
            return rows;
          }

          void drainIntoField(JavaSparkContext sc) {
            // BUG: Diagnostic contains: forEachRemaining
            sc.textFile("hdfs:///ids").toLocalIterator().forEachRemaining(ids::add);
          }

          List<Row> drainWithGuava(SparkSession spark) {
            // BUG: Diagnostic contains: newArrayList
            return Lists.newArrayList(spark.table("events").toLocalIterator());
          }

          void send(List<String> batch) {}
        }
        """)
        .doTest();
  }

  @Test
  void iteratorDrainedByAHelperInAnotherUnit() {
    helper.addSourceLines("Iterators.java", """
        import java.io.IOException;
        import java.io.Writer;
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;

        final class Iterators {
          static <T> List<T> gather(Iterator<T> it) {
            List<T> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            return all;
          }

          static <T> void writeEach(Iterator<T> it, Writer out) throws IOException {
            while (it.hasNext()) {
              out.write(it.next() + "\\n");
            }
          }
        }
        """)
        .addSourceLines("Export.java", """
            import java.io.IOException;
            import java.io.Writer;
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Export {
              void stream(Dataset<Row> events, Writer out) throws IOException {
                Iterators.writeEach(events.toLocalIterator(), out);
              }

              List<Row> all(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("events");
                // BUG: Diagnostic contains: in `Iterators.gather()` (Iterators.java:10)
                return Iterators.gather(events.toLocalIterator());
              }
            }
            """)
        .doTest();
  }
}
