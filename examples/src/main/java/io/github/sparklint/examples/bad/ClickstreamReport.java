package io.github.sparklint.examples.bad;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Daily clickstream report: every way of dragging a whole table onto the driver. */
public final class ClickstreamReport {
  private static final int EVERYTHING = Integer.MAX_VALUE;

  private ClickstreamReport() {}

  public static void main(String[] args) throws IOException {
    SparkSession spark = SparkSession.builder().appName("clickstream-report").getOrCreate();
    Dataset<Row> clicks = spark.read().parquet(args[0]).filter(col("event").equalTo("click"));

    List<Row> rows = clicks.collectAsList();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
      for (Row row : rows) {
        out.write(row.mkString(","));
        out.newLine();
      }
    }

    List<Row> preview = clicks.orderBy(col("ts").desc()).takeAsList(EVERYTHING);
    System.out.println("latest click: " + preview.get(0));

    List<Row> buffered = new ArrayList<>();
    Iterator<Row> it = clicks.toLocalIterator();
    while (it.hasNext()) {
      buffered.add(it.next());
    }
    System.out.println("clicks buffered: " + buffered.size());
    spark.stop();
  }
}
