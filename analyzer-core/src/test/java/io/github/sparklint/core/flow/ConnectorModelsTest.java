package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The built-in models of connector reads ({@code library-models.txt}): a whole index, table or
 * file read through Elasticsearch, HBase, Cassandra, Riak, Delta Lake, MongoDB, Solr or Ignite is collected with a
 * finding, with bounded reads, other methods of the same classes and project classes of the same
 * name as negatives.
 */
class ConnectorModelsTest {
  @Test
  void elasticsearchReadsAreWholeIndexes() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.SparkSession;
            import org.elasticsearch.spark.rdd.api.java.JavaEsSpark;
            import org.elasticsearch.spark.sql.api.java.JavaEsSparkSQL;

            class Job {
              void run(JavaSparkContext jsc, SparkSession spark) {
                // BUG: Diagnostic contains: rows come from `JavaEsSpark.esRDD()` (a built-in model)
                JavaEsSpark.esRDD(jsc, "logs").collect();
                // BUG: Diagnostic contains: rows come from `JavaEsSpark.esJsonRDD()`
                JavaEsSpark.esJsonRDD(jsc, "logs", "?q=level:error").collectAsMap();
                // BUG: Diagnostic contains: rows come from `JavaEsSparkSQL.esDF()`
                JavaEsSparkSQL.esDF(spark, "logs").collectAsList();
                JavaEsSpark.esRDD(jsc, "logs").count();
                JavaEsSpark.esRDD(jsc, "logs").take(10);
                JavaEsSparkSQL.esDF(spark, "logs").limit(20).collectAsList();
                JavaEsSpark.saveToEs(jsc.parallelize(java.util.List.of("a")), "logs");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void sparkTestingBaseGivesTestsTheirContextAndSession() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("WordsTest.java", """
            import com.holdenkarau.spark.testing.SharedJavaSparkContext;
            import java.util.Arrays;
            import org.apache.spark.api.java.JavaRDD;

            public class WordsTest extends SharedJavaSparkContext {
              private JavaRDD<String> lines;

              public void words() {
                lines = jsc().textFile("src/test/resources/words.txt");
                // BUG: Diagnostic contains: unbounded RDD
                lines.collect();
                jsc().parallelize(Arrays.asList("a", "b")).collect();
                jsc().textFile("src/test/resources/words.txt").take(5);
              }
            }
            """)
        .addSource("PeopleTest.java", """
            import com.holdenkarau.spark.testing.JavaDatasetSuiteBase;

            public class PeopleTest extends JavaDatasetSuiteBase {
              public void people() {
                // BUG: Diagnostic contains: unbounded Dataset
                spark().read().csv("people.csv").collectAsList();
                spark().range(0, 10).collectAsList();
              }
            }
            """)
        .addSource("OwnBase.java", """
            import org.apache.spark.api.java.JavaSparkContext;

            abstract class OwnBase {
              abstract Object jsc();
            }
            """)
        .addSource("OwnTest.java", """
            public class OwnTest extends OwnBase {
              Object jsc() {
                return null;
              }

              public void notSpark() {
                Object context = jsc();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void hbaseScansAreWholeTablesAndBulkGetKeepsItsInputRows() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.hadoop.conf.Configuration;
            import org.apache.hadoop.hbase.TableName;
            import org.apache.hadoop.hbase.client.Scan;
            import org.apache.hadoop.hbase.spark.JavaHBaseContext;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext jsc, Configuration conf, List<byte[]> keys) {
                JavaHBaseContext hbase = new JavaHBaseContext(jsc, conf);
                TableName table = TableName.valueOf("t");
                // BUG: Diagnostic contains: rows come from `JavaHBaseContext.hbaseRDD()`
                hbase.hbaseRDD(table, new Scan()).collect();
                JavaRDD<byte[]> few = jsc.parallelize(keys);
                hbase.bulkGet(table, 2, few, k -> null, r -> r).collect();
                JavaRDD<String> many = jsc.textFile("hdfs:///keys");
                // BUG: Diagnostic contains: rows come from `JavaHBaseContext.bulkGet()`
                hbase.bulkGet(table, 2, many, k -> null, r -> r).collect();
                hbase.hbaseRDD(table, new Scan()).count();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void cassandraTablesAreFollowedThroughJavaFunctions() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import static com.datastax.spark.connector.japi.CassandraJavaUtil.javaFunctions;

            import com.datastax.spark.connector.japi.CassandraJavaUtil;
            import com.datastax.spark.connector.japi.CassandraRow;
            import com.datastax.spark.connector.japi.rdd.CassandraJavaRDD;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, JavaRDD<String> rdd) {
                // BUG: Diagnostic contains: rows come from `SparkContextJavaFunctions.cassandraTable()`
                javaFunctions(sc).cassandraTable("shop", "orders").collect();
                // BUG: Diagnostic contains: rows come from `SparkContextJavaFunctions.cassandraTable()`
                CassandraJavaUtil.javaFunctions(sc).cassandraTable("shop", "orders").collect();
                CassandraJavaRDD<CassandraRow> orders = javaFunctions(sc).cassandraTable("shop", "orders");
                // BUG: Diagnostic contains: rows come from `SparkContextJavaFunctions.cassandraTable()`
                orders.collect();
                CassandraJavaRDD<CassandraRow> one = orders.where("id = ?", 1);
                one.collect();
                javaFunctions(sc).cassandraTable("shop", "orders").count();
                javaFunctions(rdd).writerBuilder("shop", "orders", null).saveToCassandra();
                Helpers.javaFunctions(sc).cassandraTable("shop", "orders").collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void riakBucketQueriesAndTimeSeriesQueriesAreWhatTheyMatch() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import static com.basho.riak.spark.japi.SparkJavaUtil.javaFunctions;

            import com.basho.riak.client.core.query.Namespace;
            import com.basho.riak.spark.japi.SparkJavaUtil;
            import com.basho.riak.spark.japi.rdd.RiakJavaRDD;
            import java.util.Map;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Row;

            class Job {
              void run(JavaSparkContext jsc, Namespace ns) {
                // BUG: Diagnostic contains: rows come from `RiakJavaRDD.queryAll()`
                javaFunctions(jsc).riakBucket(ns, Map.class).queryAll().collect();
                RiakJavaRDD<Map> bucket = SparkJavaUtil.javaFunctions(jsc).riakBucket(ns, Map.class);
                // BUG: Diagnostic contains: rows come from `RiakJavaRDD.query2iRange()`
                bucket.query2iRange("creationNo", 2L, 4L).collect();
                // BUG: Diagnostic contains: rows come from `RiakJavaRDD.query2iKeys()`
                bucket.query2iKeys("category", "stranger", "visitor").collect();
                javaFunctions(jsc).riakTSTable("ts", Row.class).sql("SELECT * FROM ts WHERE time > 1")
                    // BUG: Diagnostic contains: rows come from `RiakTSJavaRDD.sql()`
                    .collect();
                // Three given keys: at most three objects, not modelled.
                bucket.queryBucketKeys("key-1", "key-4", "key-6").collect();
                bucket.queryAll().count();
                javaFunctions(jsc).riakBucket(ns, Map.class).queryAll().take(10);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void deltaTablesAreWholeTables() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import io.delta.tables.DeltaTable;
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark) {
                // BUG: Diagnostic contains: rows come from `DeltaTable.toDF()`
                DeltaTable.forPath(spark, "/data/events").toDF().collectAsList();
                DeltaTable events = DeltaTable.forName(spark, "events");
                // BUG: Diagnostic contains: rows come from `DeltaTable.toDF()`
                events.toDF().collectAsList();
                DeltaTable.forPath(spark, "/data/events").toDF().limit(5).collectAsList();
                DeltaTable.forPath(spark, "/data/events").history(1).collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void deltaLogSnapshotsListEveryDataFile() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Files.java", """
            import java.util.List;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.delta.DeltaLog;
            import org.apache.spark.sql.delta.Snapshot;
            import org.apache.spark.sql.delta.actions.AddFile;

            class Files {
              void run(SparkSession spark, Snapshot given, org.apache.iceberg.Snapshot iceberg) {
                DeltaLog log = DeltaLog.forTable(spark, "/data/events");
                // BUG: Diagnostic contains: rows come from `Snapshot.allFiles()` (a built-in model)
                List<AddFile> files = log.snapshot().allFiles().collectAsList();
                // BUG: Diagnostic contains: rows come from `Snapshot.allFiles()`
                given.allFiles().collectAsList();
                // BUG: Diagnostic contains: rows come from `Snapshot.allFiles()`
                DeltaLog.forTable(spark, "/data/events").update().allFiles().collectAsList();
                given.allFiles().limit(10).collectAsList();
                log.snapshot().allFiles().count();
                iceberg.allManifests(null);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void mongoLoadsAreWholeCollectionsWhenTheirKindIsDeclared() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import com.mongodb.spark.MongoSpark;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.bson.Document;

            class Job {
              void run(JavaSparkContext jsc) {
                JavaRDD<Document> documents = MongoSpark.load(jsc);
                // BUG: Diagnostic contains: rows come from `MongoSpark.load()`
                documents.collect();
                documents.take(5);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void solrQueriesAreWholeCollections() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import com.lucidworks.spark.rdd.SolrJavaRDD;
            import java.util.List;
            import org.apache.solr.client.solrj.SolrQuery;
            import org.apache.solr.common.SolrDocument;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext jsc, String zk) {
                SolrJavaRDD solr = SolrJavaRDD.get(zk, "docs", jsc.sc());
                SolrQuery query = new SolrQuery("*:*");
                query.setRows(57);
                JavaRDD<SolrDocument> docs = solr.queryShards(query);
                // BUG: Diagnostic contains: rows come from `SolrJavaRDD.queryShards()` (a built-in model)
                List<SolrDocument> all = docs.collect();
                // BUG: Diagnostic contains: rows come from `SolrJavaRDD.query()`
                solr.query("q=*:*&fq=type_s:a").collect();
                // BUG: Diagnostic contains: rows come from `SolrJavaRDD.get()`
                solr.collect();
                solr.query("q=*:*").count();
                solr.queryNoSplits("q=*:*").take(10);
                docs.map(d -> d.get("id")).distinct().count();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void igniteCacheQueriesAreWholeCaches() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import org.apache.ignite.spark.JavaIgniteContext;
            import org.apache.ignite.spark.JavaIgniteRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Job {
              void run(JavaSparkContext sc, JavaIgniteContext<String, Integer> ic) {
                JavaIgniteRDD<String, Integer> cache = ic.fromCache("people");
                // BUG: Diagnostic contains: rows come from `JavaIgniteRDD.objectSql()` (a built-in model)
                cache.objectSql("Person", "name = ? and salary = ?", "a", 5).collect();
                Dataset<Row> df = cache.sql("select name from Person where name = ?", "a");
                // BUG: Diagnostic contains: rows come from `JavaIgniteRDD.sql()`
                df.collectAsList();
                // BUG: Diagnostic contains: rows come from `JavaIgniteContext.fromCache()`
                ic.fromCache("people").collect();
                df.count();
                cache.sql("select count(*) from Person").limit(1).collectAsList();
                cache.savePairs(sc.parallelizePairs(java.util.List.of()));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void frequentItemsetsAndRulesAreAsManyAsTheDataMakes() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Baskets.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.mllib.fpm.FPGrowth;
            import org.apache.spark.mllib.fpm.FPGrowthModel;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Baskets {
              void run(JavaSparkContext sc, JavaRDD<List<String>> baskets,
                  org.apache.spark.ml.fpm.FPGrowthModel fitted) {
                FPGrowthModel<String> model = new FPGrowth().setMinSupport(0.4).run(baskets);
                // BUG: Diagnostic contains: rows come from `FPGrowthModel.generateAssociationRules()`
                model.generateAssociationRules(0.0).toJavaRDD().collect();
                Dataset<Row> itemsets = fitted.freqItemsets();
                // BUG: Diagnostic contains: rows come from `FPGrowthModel.freqItemsets()`
                itemsets.collectAsList();
                // BUG: Diagnostic contains: rows come from `FPGrowthModel.associationRules()`
                fitted.associationRules().collectAsList();
                fitted.associationRules().limit(20).collectAsList();
                model.generateAssociationRules(0.8).toJavaRDD().count();
                itemsets.show(20);
                // BUG: Diagnostic contains: rows come from `FPGrowthModel.freqItemsets()`
                for (FPGrowth.FreqItemset<String> s : model.freqItemsets().toJavaRDD().collect()) {
                  s.freq();
                }
                // BUG: Diagnostic contains: rows come from `FPGrowthModel.freqItemsets()`
                fitted.freqItemsets().collect();
                model.freqItemsets().toJavaRDD().take(10);
                model.freqItemsets().count();
                fitted.freqItemsets().limit(10).collectAsList();
                fitted.freqItemsets().show();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aProjectClassOfTheSameNameIsReadFromItsSource() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("JavaEsSpark.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class JavaEsSpark {
              static JavaRDD<String> esRDD(JavaSparkContext jsc, String index) {
                return jsc.parallelize(List.of(index));
              }
            }
            """)
        .addSource("Job.java", """
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext jsc) {
                JavaEsSpark.esRDD(jsc, "logs").collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aProjectModelReplacesTheBuiltInRowsOfTheSameMethod() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .sparklintYaml("models:", "  version: 1", "  methods:",
            "    - {class: JavaEsSpark, method: esRDD, fact: returns, argument: rdd}",
            "    - {class: JavaEsSpark, method: esRDD, fact: rows, argument: bounded 10}")
        .addSource("Job.java", """
            import org.apache.spark.api.java.JavaSparkContext;
            import org.elasticsearch.spark.rdd.api.java.JavaEsSpark;

            class Job {
              void run(JavaSparkContext jsc) {
                JavaEsSpark.esRDD(jsc, "logs").collect();
                // BUG: Diagnostic contains: rows come from `JavaEsSpark.esJsonRDD()` (a built-in model)
                JavaEsSpark.esJsonRDD(jsc, "logs").collect();
              }
            }
            """)
        .expectMatches();
  }
}
