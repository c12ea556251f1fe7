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
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

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

          List<Row> drainLoop(Dataset<Row> events) {
            List<Row> rows = new ArrayList<>();
            // BUG: Diagnostic contains: [SparkLocalIteratorAccumulation] `toLocalIterator()`
            Iterator<Row> it = events.toLocalIterator();
            while (it.hasNext()) {
              rows.add(it.next());
            }
            return rows;
          }

          void drainIntoField(JavaRDD<String> lines) {
            // BUG: Diagnostic contains: forEachRemaining
            lines.toLocalIterator().forEachRemaining(ids::add);
          }

          List<Row> drainWithGuava(Dataset<Row> events) {
            // BUG: Diagnostic contains: newArrayList
            return Lists.newArrayList(events.toLocalIterator());
          }

          void send(List<String> batch) {}
        }
        """)
        .doTest();
  }
}
