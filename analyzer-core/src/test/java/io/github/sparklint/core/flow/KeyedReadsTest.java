package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkBroadcastLargeSource;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Connector reads that name their rows by keys ({@code read-options.txt}): a MarkLogic read of
 * documents by a constant list of URIs is one row per URI; a secondary-URIs query, a path,
 * options(map), another format or a URI list that is no constant leave the read unbounded.
 */
class KeyedReadsTest {
  @Test
  void documentsReadByConstantUrisAreOneRowPerUri() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Options.java", """
            package com.marklogic.spark;

            public abstract class Options {
              public static final String READ_DOCUMENTS_URIS = "spark.marklogic.read.documents.uris";
              public static final String READ_DOCUMENTS_QUERY = "spark.marklogic.read.documents.query";
              public static final String READ_DOCUMENTS_COLLECTIONS =
                  "spark.marklogic.read.documents.collections";
            }
            """)
        .addSource("Reads.java", """
            import com.marklogic.spark.Options;
            import java.util.List;
            import org.apache.spark.sql.DataFrameReader;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Reads {
              private static final String AUTHORS = "/author/a1.json\\n/author/a2.json";

              List<Row> run(SparkSession spark) {
                spark.read().format("marklogic")
                    .option(Options.READ_DOCUMENTS_URIS, \"""
                        /author/author1.json
                        /author/author12.json
                        /author/author3.json\""")
                    .option(Options.READ_DOCUMENTS_COLLECTIONS, "author")
                    .load()
                    .collectAsList();
                spark.read().format("marklogic")
                    .option("spark.marklogic.read.documents.uris", AUTHORS)
                    .option(Options.READ_DOCUMENTS_QUERY, "{\\"ctsquery\\": {}}")
                    .load().collectAsList();
                DataFrameReader reader = spark.read().format("marklogic")
                    .option(Options.READ_DOCUMENTS_URIS, "/a-binary-test.xml");
                reader.load().collectAsList();
                spark.read().format("marklogic").option(Options.READ_DOCUMENTS_COLLECTIONS, "author")
                    // BUG: Diagnostic contains: unbounded Dataset
                    .load().collectAsList();
                return spark.read().format("marklogic")
                    .option(Options.READ_DOCUMENTS_URIS, "/one.json").load().collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void otherOptionsAndUnknownUrisLeaveTheReadUnbounded() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Reads.java", """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.sql.SparkSession;

            public class Reads {
              static final String URIS = "spark.marklogic.read.documents.uris";

              public void run(SparkSession spark, String uris, Map<String, String> more,
                  String optionName, String optionValue) {
                spark.read().format("marklogic")
                    .option(URIS, "/author/author1.json\\n/author/author2.json")
                    .option(optionName, optionValue)
                    // BUG: Diagnostic contains: unbounded Dataset
                    .load().collectAsList();
                spark.read().format("marklogic")
                    .option(URIS, "/author/author1.json")
                    // BUG: Diagnostic contains: unbounded Dataset
                    .option("spark.marklogic.read.secondaryUris.javascript", "cts.uris()").load().collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                spark.read().format("marklogic").option(URIS, uris).load().collectAsList();
                List<String> all = new ArrayList<>();
                for (int i = 0; i < 5000; i++) {
                  all.add("/doc/" + i + ".json");
                }
                // BUG: Diagnostic contains: unbounded Dataset
                spark.read().format("marklogic").option(URIS, String.join("\\n", all)).load().collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                spark.read().format("marklogic").option(URIS, "/a.json").options(more).load().collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                spark.read().format("marklogic").option(URIS, "/a.json").load("data/").collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                spark.read().format("mongodb").option(URIS, "/a.json").load().collectAsList();
              }
            }
            """)
        .addSource("Caller.java", """
            import org.apache.spark.sql.SparkSession;

            class Caller {
              void call(SparkSession spark, String[] args) {
                new Reads().run(spark, args[0], java.util.Map.of(), args[1], args[2]);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aKeyedReadIsNoWholeTableToBroadcast() {
    RuleTester.forRule(new SparkBroadcastLargeSource())
        .addSource("Join.java", """
            import static org.apache.spark.sql.functions.broadcast;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Join {
              Dataset<Row> run(SparkSession spark, Dataset<Row> facts) {
                Dataset<Row> few = spark.read().format("marklogic")
                    .option("spark.marklogic.read.documents.uris", "/a.json\\n/b.json").load();
                Dataset<Row> all = spark.read().format("marklogic")
                    .option("spark.marklogic.read.documents.collections", "author").load();
                // BUG: Diagnostic contains: broadcast
                facts.join(broadcast(all), "uri");
                return facts.join(broadcast(few), "uri");
              }
            }
            """)
        .expectMatches();
  }
}
