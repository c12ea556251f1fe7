package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Built-in models that need more than one call: disq's storage builders, whose {@code read(..)}
 * returns a holder of a whole BAM or VCF file (a chain the file does not type), also when disq's
 * own source is analyzed and ends in code out of sight (a chain then follows the classes the
 * source's methods declare), and Spark ML's {@code transform}, which keeps the rows of its input.
 */
class LibraryChainModelsTest {
  @Test
  void disqReadsAreFollowedThroughTheBuilderChainAndTheHolder() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import htsjdk.samtools.ValidationStringency;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.disq_bio.disq.HtsjdkReadsRdd;
            import org.disq_bio.disq.HtsjdkReadsRddStorage;
            import org.disq_bio.disq.HtsjdkVariantsRddStorage;

            class Job {
              void run(JavaSparkContext jsc, String bam) throws Exception {
                // BUG: Diagnostic contains: rows come from `HtsjdkReadsRdd.getReads()`
                HtsjdkReadsRddStorage.makeDefault(jsc).read(bam).getReads().collect();
                HtsjdkReadsRdd reads = HtsjdkReadsRddStorage.makeDefault(jsc)
                    .splitSize(128)
                    .validationStringency(ValidationStringency.LENIENT)
                    .read(bam);
                // BUG: Diagnostic contains: rows come from `HtsjdkReadsRdd.getReads()`
                reads.getReads().collect();
                // BUG: Diagnostic contains: rows come from `HtsjdkVariantsRdd.getVariants()`
                HtsjdkVariantsRddStorage.makeDefault(jsc).read("x.vcf").getVariants().collect();
                reads.getReads().count();
                HtsjdkReadsRddStorage.makeDefault(jsc).read(bam).getHeader();
                Storage.makeDefault(jsc).read(bam).getReads().collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aChainIsNotFollowedWhenTheSourcesInnerMethodDeclaresAnotherClass() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("HtsjdkReadsRddStorage.java", """
            import org.apache.spark.api.java.JavaSparkContext;

            class HtsjdkReadsRddStorage {
              static HtsjdkReadsRddStorage makeDefault(JavaSparkContext jsc) {
                return new HtsjdkReadsRddStorage();
              }

              Object read(String path) {
                return path;
              }
            }
            """)
        .addSource("Job.java", """
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext jsc) {
                HtsjdkReadsRddStorage.makeDefault(jsc).read("a.bam").getReads().collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aLibrarysOwnSourceThatEndsOutOfSightIsAnsweredByItsModel() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("HtsjdkReadsRdd.java", """
            package org.disq_bio.disq;

            import htsjdk.samtools.SAMRecord;
            import org.apache.spark.api.java.JavaRDD;

            public class HtsjdkReadsRdd {
              private final JavaRDD<SAMRecord> reads;

              HtsjdkReadsRdd(JavaRDD<SAMRecord> reads) {
                this.reads = reads;
              }

              public JavaRDD<SAMRecord> getReads() {
                return reads;
              }

              public JavaRDD<SAMRecord> getMapped() {
                return reads.filter(r -> !r.getReadUnmappedFlag());
              }
            }
            """)
        .addSource("HtsjdkReadsRddStorage.java", """
            package org.disq_bio.disq;

            import org.apache.spark.api.java.JavaSparkContext;
            import org.disq_bio.disq.impl.formats.sam.SamSource;

            public class HtsjdkReadsRddStorage {
              private final JavaSparkContext jsc;

              private HtsjdkReadsRddStorage(JavaSparkContext jsc) {
                this.jsc = jsc;
              }

              public static HtsjdkReadsRddStorage makeDefault(JavaSparkContext jsc) {
                return new HtsjdkReadsRddStorage(jsc);
              }

              public HtsjdkReadsRdd read(String path) {
                return new HtsjdkReadsRdd(new SamSource().getReads(jsc, path));
              }
            }
            """)
        .addSource("HtsjdkVariantsRdd.java", """
            package org.disq_bio.disq;

            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            // The analyzed source shows a driver-built RDD: its answer stands over the model's.
            public class HtsjdkVariantsRdd {
              public JavaRDD<String> getVariants() {
                return new JavaSparkContext().parallelize(List.of("chr1:100"));
              }
            }
            """)
        .addSource("Job.java", """
            import org.apache.spark.api.java.JavaSparkContext;
            import org.disq_bio.disq.HtsjdkReadsRdd;
            import org.disq_bio.disq.HtsjdkReadsRddStorage;
            import org.disq_bio.disq.HtsjdkVariantsRdd;

            class Job {
              void run(JavaSparkContext jsc, String bam, HtsjdkVariantsRdd variants) {
                HtsjdkReadsRdd reads = HtsjdkReadsRddStorage.makeDefault(jsc).read(bam);
                // BUG: Diagnostic contains: rows come from `HtsjdkReadsRdd.getReads()` (a built-in model)
                reads.getReads().collect();
                // no model describes getMapped: its source ends out of sight, so it stays quiet
                reads.getMapped().collect();
                reads.getReads().count();
                // a chain through the read(..) the sources declare follows the class it declares
                // BUG: Diagnostic contains: rows come from `HtsjdkReadsRdd.getReads()` (a built-in model)
                HtsjdkReadsRddStorage.makeDefault(jsc).read(bam).getReads().collect();
                variants.getVariants().collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aConnectorsOwnSourcesAreFollowedThroughTheClassesTheyDeclareToItsModels() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("com/basho/riak/spark/japi/SparkJavaUtil.java", """
            package com.basho.riak.spark.japi;

            import org.apache.spark.SparkContext;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            // overloads of one arity that declare different classes
            public final class SparkJavaUtil {
              public static SparkContextJavaFunctions javaFunctions(JavaSparkContext sc) {
                return new SparkContextJavaFunctions(sc.sc());
              }

              public static <T> RDDJavaFunctions<T> javaFunctions(JavaRDD<T> rdd) {
                return new RDDJavaFunctions<>(rdd);
              }
            }
            """)
        .addSource("com/basho/riak/spark/japi/SparkContextJavaFunctions.java", """
            package com.basho.riak.spark.japi;

            import com.basho.riak.spark.japi.rdd.RiakJavaRDD;
            import org.apache.spark.SparkContext;

            public class SparkContextJavaFunctions {
              private final SparkContext sc;

              SparkContextJavaFunctions(SparkContext sc) {
                this.sc = sc;
              }

              public <T> RiakJavaRDD<T> riakBucket(String bucket, Class<T> valueClass) {
                return new RiakJavaRDD<>(Buckets.open(sc, bucket), valueClass);
              }
            }
            """)
        .addSource("com/basho/riak/spark/japi/rdd/RiakJavaRDD.java", """
            package com.basho.riak.spark.japi.rdd;

            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.rdd.RDD;

            // the rows come from a Scala RDD, out of sight
            public class RiakJavaRDD<T> extends JavaRDD<T> {
              public RiakJavaRDD(RDD<T> rdd, Class<T> valueClass) {
                super(rdd, Tags.of(valueClass));
              }

              public RiakJavaRDD<T> queryAll() {
                return new RiakJavaRDD<>(Queries.all(rdd()), null);
              }

              public RiakJavaRDD<T> query2iRange(String index, Long from, Long to) {
                return new RiakJavaRDD<>(Queries.range(rdd(), index, from, to), null);
              }

              public RiakJavaRDD<T> queryBucketKeys(String... keys) {
                return new RiakJavaRDD<>(Queries.keys(rdd(), keys), null);
              }
            }
            """)
        .addSource("Job.java", """
            import static com.basho.riak.spark.japi.SparkJavaUtil.javaFunctions;

            import com.basho.riak.spark.japi.rdd.RiakJavaRDD;
            import java.util.Map;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext jsc) {
                // BUG: Diagnostic contains: rows come from `RiakJavaRDD.queryAll()` (a built-in model)
                javaFunctions(jsc).riakBucket("users", Map.class).queryAll().collect();
                RiakJavaRDD<Map> range = javaFunctions(jsc).riakBucket("users", Map.class)
                    .query2iRange("created", 2L, 4L);
                // BUG: Diagnostic contains: rows come from `RiakJavaRDD.query2iRange()`
                range.collect();
                // a key lookup no model describes: its rows stay unknown, which is quiet
                javaFunctions(jsc).riakBucket("users", Map.class).queryBucketKeys("k1").collect();
                range.take(10);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anMlTransformKeepsTheRowsOfItsInput() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.ml.Pipeline;
            import org.apache.spark.ml.PipelineModel;
            import org.apache.spark.ml.regression.LinearRegressionModel;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark, Pipeline pipeline, LinearRegressionModel lr,
                  List<Row> rows) {
                Dataset<Row> test = spark.read().parquet("/data/test");
                PipelineModel model = pipeline.fit(test);
                // BUG: Diagnostic contains: rows come from `PipelineModel.transform()`
                model.transform(test).collectAsList();
                // BUG: Diagnostic contains: rows come from `LinearRegressionModel.transform()`
                lr.transform(test).select("prediction").collectAsList();
                model.transform(test.limit(10)).collectAsList();
                model.transform(spark.createDataFrame(rows, test.schema())).collectAsList();
                model.transform(test).count();
              }
            }
            """)
        .expectMatches();
  }
}
