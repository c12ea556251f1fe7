package io.github.sparklint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import java.util.List;
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

          int[][] rowPerRow(Dataset<Row> results, int columns) {
            int[][] cells = new int[(int) results.count()][columns];
            int r = 0;
            // BUG: Diagnostic contains: (`cells` in the loop
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              Row row = it.next();
              for (int c = 0; c < columns; c++) {
                cells[r][c] = row.getInt(c);
              }
              r++;
            }
            return cells;
          }

          int[][] fewRows(Dataset<Row> results, int columns) {
            int[][] pairs = new int[2][columns];
            int c = 0;
            Iterator<Row> it = results.toLocalIterator();
            while (it.hasNext()) {
              pairs[0][c++] = it.next().getInt(0);
            }
            return pairs;
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

  /** A writer class in the shape of a server's result streamer: one helper per output format. */
  private static final String STREAMING_HELPER = """
      import java.io.IOException;
      import java.io.OutputStream;
      import java.nio.charset.StandardCharsets;
      import java.util.ArrayList;
      import java.util.Iterator;
      import java.util.List;
      import org.apache.spark.sql.Row;

      public class RowWriter {
        public void writeJson(OutputStream out, Iterator<Row> iterator) throws IOException {
          List<String> rows = new ArrayList<>();
          while (iterator.hasNext()) {
            rows.add(iterator.next().json());
          }
          out.write(String.join(",", rows).getBytes(StandardCharsets.UTF_8));
        }

        public void streamNdjson(OutputStream out, Iterator<Row> iterator) throws IOException {
          while (iterator.hasNext()) {
            out.write((iterator.next().json() + "\\n").getBytes(StandardCharsets.UTF_8));
          }
        }

        public List<Row> firstRows(Iterator<Row> iterator, int n) {
          List<Row> rows = new ArrayList<>();
          for (int i = 0; i < n && iterator.hasNext(); i++) {
            rows.add(iterator.next());
          }
          return rows;
        }

        public long count(Iterator<Row> iterator) {
          long count = 0;
          while (iterator.hasNext()) {
            iterator.next();
            count++;
          }
          return count;
        }

        public void inBatches(OutputStream out, Iterator<Row> iterator) throws IOException {
          List<Row> batch = new ArrayList<>();
          while (iterator.hasNext()) {
            batch.add(iterator.next());
            if (batch.size() == 500) {
              send(out, batch);
              batch.clear();
            }
          }
          send(out, batch);
        }

        public void send(OutputStream out, List<Row> batch) throws IOException {
          out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
        }

        public void writeAll(OutputStream out, Iterator<Row> rows, boolean pretty)
            throws IOException {
          writeJson(out, rows);
        }
      }
      """;

  @Test
  void anIteratorDrainedByTheProjectMethodItIsPassedToIsReportedAtTheCall() {
    tester.addSource("RowWriter.java", STREAMING_HELPER)
        .addSource("Negatives.java", """
            import java.io.IOException;
            import java.io.OutputStream;
            import java.util.Iterator;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Negatives {
              private final RowWriter writer = new RowWriter();

              void formats(Dataset<Row> result, OutputStream out, int n) throws IOException {
                writer.streamNdjson(out, result.toLocalIterator());
                Iterator<Row> iterator = result.toLocalIterator();
                writer.firstRows(iterator, n);
                writer.count(result.toLocalIterator());
                writer.inBatches(out, result.toLocalIterator());
              }

              java.util.List<Row> counted(Dataset<Row> result, int n) {
                java.util.List<Row> rows = new java.util.ArrayList<>();
                Iterator<Row> it = result.toLocalIterator();
                for (int i = 0; i < n && it.hasNext(); i++) {
                  rows.add(it.next());
                }
                return rows;
              }

              void smallResult(Dataset<Row> result, OutputStream out) throws IOException {
                writer.writeJson(out, result.limit(10).toLocalIterator());
              }

              void sameNameElsewhere(Dataset<Row> result, OutputStream out) throws IOException {
                Other other = new Other();
                other.writeJson(out, result.toLocalIterator());
              }

              static class Other {
                void writeJson(OutputStream out, Iterator<Row> rows) {}
              }
            }
            """)
        .addSource("Positives.java", """
            import java.io.IOException;
            import java.io.OutputStream;
            import java.util.Iterator;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Positives {
              private final RowWriter writer = new RowWriter();

              void json(Dataset<Row> result, OutputStream out, String format) throws IOException {
                // BUG: Diagnostic contains: in `RowWriter.writeJson()` (RowWriter.java:12)
                Iterator<Row> iterator = result.toLocalIterator();
                switch (format) {
                  case "ndjson" -> writer.streamNdjson(out, iterator);
                  default -> writer.writeJson(out, iterator);
                }
              }

              void passedOn(Dataset<Row> result, OutputStream out) throws IOException {
                // BUG: Diagnostic contains: in `RowWriter.writeJson()` (RowWriter.java:12)
                writer.writeAll(out, result.toLocalIterator(), true);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aCallSiteFindingNamesTheHelpersDrainAsItsSink() {
    List<Finding> findings = tester.addSource("RowWriter.java", STREAMING_HELPER)
        .addSource("Export.java", """
            import java.io.IOException;
            import java.io.OutputStream;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Export {
              void run(Dataset<Row> result, OutputStream out) throws IOException {
                RowWriter writer = new RowWriter();
                writer.writeAll(out, result.toLocalIterator(), false);
              }
            }
            """)
        .findings();
    assertEquals(1, findings.size(), findings::toString);
    Finding.RelatedLocation sink = findings.get(0).related().get(0);
    assertEquals(Finding.Role.SINK, sink.role());
    assertTrue(sink.file().endsWith("RowWriter.java"), sink::toString);
    assertEquals(12, sink.line());
  }

  /**
   * A drain is as sure as a collect of the same rows: of a table read, high; of the rows of a
   * parameter of a public method no analyzed code calls, low, saying why, here and in a helper.
   */
  @Test
  void aDrainOfAnUncalledMethodsParameterIsOfLowConfidenceAsItsCollectWouldBe() {
    List<Finding> findings = tester.addSource("RowWriter.java", STREAMING_HELPER)
        .addSource("Drains.java", """
            import java.io.IOException;
            import java.io.OutputStream;
            import java.util.ArrayList;
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            public class Drains {
              List<Row> table(SparkSession spark) {
                List<Row> rows = new ArrayList<>();
                spark.read().parquet("/data/events").toLocalIterator().forEachRemaining(rows::add);
                return rows;
              }

              public List<Row> anyRows(Dataset<Row> frame) {
                List<Row> rows = new ArrayList<>();
                Iterator<Row> it = frame.toLocalIterator();
                while (it.hasNext()) {
                  rows.add(it.next());
                }
                return rows;
              }

              public void export(Dataset<Row> frame, OutputStream out) throws IOException {
                new RowWriter().writeAll(out, frame.toLocalIterator(), false);
              }
            }
            """)
        .findings();
    assertEquals(List.of(13, 19, 27), findings.stream().map(Finding::line).toList());
    assertEquals(List.of(Confidence.HIGH, Confidence.LOW, Confidence.LOW),
        findings.stream().map(Finding::confidence).toList());
    assertTrue(findings.get(1).message().contains("the parameter `frame`"), findings::toString);
    assertTrue(findings.get(2).message().contains("no call in the analyzed sources"),
        findings::toString);
    assertTrue(!findings.get(0).message().contains("no call"), findings::toString);
  }
}
