package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The distinct names of a Dataset's input files ({@code select(input_file_name()).distinct()}, or
 * a column the method fills with them) are one row per file, metadata; the names without {@code
 * distinct}, with another column beside them, or in a column some step sets to something else are
 * one row per input row.
 */
class InputFileListsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void distinctInputFileNamesAreMetadata() {
    tester.addSource("Files.java", """
        import static org.apache.spark.sql.functions.col;
        import static org.apache.spark.sql.functions.input_file_name;

        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.functions;

        class Files {
          static final String FILE = "file";

          void run(SparkSession spark, String[] paths) {
            spark.read().json(paths).select(input_file_name()).distinct().collectAsList();
            spark.read().json(paths).select(functions.input_file_name().alias("f")).dropDuplicates()
                .collectAsList();
            Dataset<Row> all = spark.read().json(paths[0]).withColumn(FILE, input_file_name());
            for (int i = 1; i < paths.length; i++) {
              all = all.unionAll(spark.read().json(paths[i]).withColumn(FILE, input_file_name()));
            }
            List<Row> files = all.select(col(FILE).alias("fileName")).distinct().collectAsList();
            all.select(FILE).distinct().collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void inputFileNamesPerRowOrBesideOtherColumnsAreRows() {
    tester.addSource("Rows.java", """
        import static org.apache.spark.sql.functions.col;
        import static org.apache.spark.sql.functions.input_file_name;
        import static org.apache.spark.sql.functions.upper;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Rows {
          void run(SparkSession spark) {
            Dataset<Row> logs = spark.read().json("/logs");
            // BUG: Diagnostic contains: `collectAsList()`
            logs.select(input_file_name()).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            logs.select(input_file_name(), col("user")).distinct().collectAsList();
            Dataset<Row> tagged = logs.withColumn("file", input_file_name())
                .withColumn("file", upper(col("user")));
            // BUG: Diagnostic contains: `collectAsList()`
            tagged.select("file").distinct().collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            logs.select("file").distinct().collectAsList();
          }
        }
        """)
        .expectMatches();
  }
}
