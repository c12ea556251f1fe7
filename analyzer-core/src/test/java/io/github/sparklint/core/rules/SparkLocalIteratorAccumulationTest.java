package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkLocalIteratorAccumulationTest {
  private final RuleTester tester = RuleTester.forRule(new SparkLocalIteratorAccumulation());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.io.Writer;
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Negatives {
          static class Feed { Iterator<String> toLocalIterator() { return List.<String>of().iterator(); } }

          void streamToFile(Dataset<Row> events, Writer out) throws Exception {
            Iterator<Row> it = events.toLocalIterator();
            long total = 0;
            while (it.hasNext()) {
              Row r = it.next();
              total += r.getLong(0);
              out.write(r.mkString(",") + "\\n");
            }
          }

          void batches(Dataset<Row> events) {
            Iterator<Row> it = events.toLocalIterator();
            List<Row> batch = new ArrayList<>();
            while (it.hasNext()) {
              batch.add(it.next());
              if (batch.size() >= 1000) {
                flush(batch);
                batch.clear();
              }
            }
            flush(batch);
          }

          void perRowList(Dataset<Row> events) {
            Iterator<Row> it = events.toLocalIterator();
            while (it.hasNext()) {
              List<Object> fields = new ArrayList<>();
              Row r = it.next();
              fields.add(r.get(0));
              flush(fields);
            }
          }

          void notSpark() {
            List<String> all = new ArrayList<>();
            new Feed().toLocalIterator().forEachRemaining(all::add);
          }

          void flush(List<?> rows) {}
        }
        """)
        .addSource("Positives.java", """
            import com.google.common.collect.Lists;
            import java.util.ArrayList;
            import java.util.Iterator;
            import java.util.List;
            import java.util.Spliterators;
            import java.util.stream.Collectors;
            import java.util.stream.StreamSupport;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Positives {
              private final List<String> names = new ArrayList<>();

              List<Row> loop(Dataset<Row> events) {
                List<Row> rows = new ArrayList<>();
                // BUG: Diagnostic contains: drained into a driver-side collection (`rows` in the loop
                Iterator<Row> it = events.toLocalIterator();
                while (it.hasNext()) {
                  rows.add(it.next());
                }
                return rows;
              }

              void methodRef(JavaRDD<String> lines) {
                List<String> all = new ArrayList<>();
                // BUG: Diagnostic contains: forEachRemaining
                lines.toLocalIterator().forEachRemaining(all::add);
              }

              void lambdaIntoField(Dataset<Row> events) {
                // BUG: Diagnostic contains: holding every row in driver memory
                events.toLocalIterator().forEachRemaining(r -> names.add(r.getString(0)));
              }

              List<Row> guava(Dataset<Row> events) {
                // BUG: Diagnostic contains: newArrayList
                return Lists.newArrayList(events.toLocalIterator());
              }

              List<Row> stream(Dataset<Row> events) {
                // BUG: Diagnostic contains: a stream collect()
                Iterator<Row> it = events.toLocalIterator();
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false)
                    .collect(Collectors.toList());
              }

              void derivedValues(Dataset<Row> events) {
                // BUG: Diagnostic contains: `names` in the loop
                Iterator<Row> it = events.toLocalIterator();
                for (int i = 0; it.hasNext(); i++) {
                  Row r = it.next();
                  this.names.add(r.getString(1));
                }
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aLoopThatStopsOnceTheCollectionHoldsAFewRowsKeepsOnlyThose() {
    tester.addSource("Top.java", """
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Top {
          List<Row> whileBelow(Dataset<Row> sorted) {
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> top = new ArrayList<>();
            while (it.hasNext() && top.size() <= 10) {
              top.add(it.next());
            }
            return top;
          }

          List<Row> mirrored(Dataset<Row> sorted) {
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> top = new ArrayList<>();
            for (; (20 > top.size()) && it.hasNext(); ) {
              top.add(it.next());
            }
            return top;
          }

          List<Row> breakOnceFull(Dataset<Row> sorted) {
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> top = new ArrayList<>();
            while (it.hasNext()) {
              top.add(it.next());
              if (top.size() >= 100) {
                break;
              }
            }
            return top;
          }

          List<Row> capOnAnotherList(Dataset<Row> sorted, List<Row> seen) {
            // BUG: Diagnostic contains: (`all` in the loop
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> all = new ArrayList<>();
            while (it.hasNext() && seen.size() < 10) {
              all.add(it.next());
            }
            return all;
          }

          List<Row> eitherCondition(Dataset<Row> sorted) {
            // BUG: Diagnostic contains: (`top` in the loop
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> top = new ArrayList<>();
            while (it.hasNext() || top.size() < 10) {
              top.add(it.next());
            }
            return top;
          }

          List<Row> breakInAnElse(Dataset<Row> sorted) {
            // BUG: Diagnostic contains: (`top` in the loop
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> top = new ArrayList<>();
            while (it.hasNext()) {
              top.add(it.next());
              if (top.size() < 10) {
                continue;
              } else {
                break;
              }
            }
            return top;
          }

          List<Row> hugeCap(Dataset<Row> sorted) {
            // BUG: Diagnostic contains: (`top` in the loop
            Iterator<Row> it = sorted.toLocalIterator();
            List<Row> top = new ArrayList<>();
            while (it.hasNext() && top.size() < 50_000_000) {
              top.add(it.next());
            }
            return top;
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void anArrayFilledWithAValuePerRowHoldsEveryRow() {
    tester.addSource("PValues.java", """
        import java.util.Iterator;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class PValues {
          double[] perRow(Dataset<Row> results) {
            double[] pValues = new double[(int) results.count()];
            int i = 0;
            // BUG: Diagnostic contains: (`pValues` in the loop
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              Row row = it.next();
              pValues[i++] = row.getDouble(0);
            }
            return pValues;
          }

          String[] counted(Dataset<Row> results, int n) {
            String[] names = new String[n];
            int k = 0;
            // BUG: Diagnostic contains: (`names` in the loop
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              names[k] = it.next().getString(0);
              k++;
            }
            return names;
          }

          double[] fixedSlots(Dataset<Row> results) {
            double[] last = new double[10];
            int i = 0;
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              last[i++ % 10] = it.next().getDouble(0);
            }
            return last;
          }

          long[] histogram(Dataset<Row> results, int buckets) {
            long[] counts = new long[buckets];
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              counts[it.next().getInt(0)] = 1;
            }
            return counts;
          }

          double[] sameSlot(Dataset<Row> results) {
            double[] sum = new double[(int) results.count()];
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              sum[0] = it.next().getDouble(0);
            }
            return sum;
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void driverDataIsNotReported() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import com.google.common.collect.Lists;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Negatives {
          void roundTrip(JavaSparkContext sc, List<Integer> ids) {
            JavaRDD<Integer> rdd = sc.parallelize(ids);
            List<Integer> back = Lists.newArrayList(rdd.toLocalIterator());
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import com.google.common.collect.Lists;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Positives {
              void drain(JavaSparkContext sc) {
                JavaRDD<String> lines = sc.textFile("/logs");
                // BUG: Diagnostic contains: drained into a driver-side collection
                List<String> all = Lists.newArrayList(lines.toLocalIterator());
              }
            }
            """)
        .expectMatches();
  }
}
