package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A streaming query's memory sink ({@code writeStream().format("memory").queryName(name)}) is a
 * view of the rows it writes: SQL over it has the written Dataset's rows, also when a helper is
 * given the stream and the name and reads {@code "SELECT * FROM " + name} (judged at its calls).
 * Other sinks, other names and other variables keep the bound of the SQL text alone.
 */
class MemorySinksTest {
  @Test
  void aHelperReadingTheMemorySinkOfItsStreamIsJudgedAtItsCalls() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("StreamBase.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.streaming.StreamingQuery;

            class StreamBase {
              protected SparkSession spark;

              protected List<Row> processStreamingQuery(Dataset<Row> streamingDF, String queryName)
                  throws Exception {
                StreamingQuery query = streamingDF.writeStream()
                    .format("memory")
                    .queryName(queryName)
                    .outputMode("append")
                    .start();
                query.processAllAvailable();
                Dataset<Row> results = spark.sql("SELECT * FROM " + queryName);
                return results.collectAsList();
              }

              protected List<Row> throughConsole(Dataset<Row> streamingDF, String queryName)
                  throws Exception {
                streamingDF.writeStream().format("console").queryName(queryName).start();
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                return spark.sql("SELECT * FROM " + queryName).collectAsList();
              }

              protected List<Row> otherName(Dataset<Row> streamingDF, String queryName, String t)
                  throws Exception {
                streamingDF.writeStream().format("memory").queryName(queryName).start();
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                return spark.sql("SELECT * FROM " + t).collectAsList();
              }
            }
            """)
        .addSource("StreamTest.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class StreamTest extends StreamBase {
              void test(List<Row> fixture) throws Exception {
                Dataset<Row> stream = spark.readStream().table("events");
                // BUG: Diagnostic contains: `processStreamingQuery(...)` brings every row of its argument `stream`
                processStreamingQuery(stream, "q1");
                processStreamingQuery(stream.limit(10), "q2");
                processStreamingQuery(spark.createDataFrame(fixture, Row.class), "q3");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aMemorySinkNamedByAConstantIsAViewOfTheWrittenRows() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Counts.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Counts {
              void run(SparkSession spark) throws Exception {
                Dataset<Row> events = spark.readStream().format("kafka").load();
                events.writeStream().format("memory").queryName("raw").start();
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                spark.sql("SELECT * FROM raw").collectAsList();
                events.groupBy().count().writeStream().queryName("total").outputMode("complete")
                    .format("memory").start();
                spark.sql("SELECT * FROM total").collectAsList();
                events.groupBy().count().writeStream().format("parquet").queryName("files").start();
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                spark.sql("SELECT * FROM files").collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
