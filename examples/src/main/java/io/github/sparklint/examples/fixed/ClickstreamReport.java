package io.github.sparklint.examples.fixed;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The clickstream report done right: the cluster writes, the driver only sees bounded results. */
public final class ClickstreamReport {
  private static final int PREVIEW_ROWS = 20;

  private ClickstreamReport() {}

  public static void main(String[] args) throws IOException {
    SparkSession spark = SparkSession.builder().appName("clickstream-report").getOrCreate();
    Dataset<Row> clicks = spark.read().parquet(args[0]).filter(col("event").equalTo("click"));

    clicks.write().mode("overwrite").csv(args[1]);

    List<Row> preview = clicks.orderBy(col("ts").desc()).limit(PREVIEW_ROWS).collectAsList();
    String latest = preview.stream().map(Row::toString).collect(Collectors.joining("\n"));
    System.out.println("latest clicks:\n" + latest);

    Row stats = clicks.agg(max("ts"), count(lit(1))).collectAsList().get(0);
    System.out.println("last click at " + stats.get(0) + ", " + stats.get(1) + " clicks");

    Iterator<Row> it = clicks.toLocalIterator();
    List<Row> batch = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
      while (it.hasNext()) {
        batch.add(it.next());
        if (batch.size() >= 1_000) {
          flush(batch, out);
          batch.clear();
        }
      }
      flush(batch, out);
    }
    spark.stop();
  }

  private static void flush(List<Row> batch, BufferedWriter out) throws IOException {
    for (Row row : batch) {
      out.write(row.mkString(","));
      out.newLine();
    }
  }
}
