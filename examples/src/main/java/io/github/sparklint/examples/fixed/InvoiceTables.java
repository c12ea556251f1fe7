package io.github.sparklint.examples.fixed;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Where the invoice jobs read their inputs: the invoice table and a small currency lookup. */
public final class InvoiceTables {
  private InvoiceTables() {}

  /** Every invoice ever issued: hundreds of millions of rows. */
  public static Dataset<Row> invoices(SparkSession spark, String path) {
    return spark.read().parquet(path);
  }

  /** The handful of currencies the company bills in, with their rate to euros, built here. */
  public static Dataset<Row> currencies(SparkSession spark) {
    StructType schema = new StructType()
        .add("currency", DataTypes.StringType)
        .add("toEur", DataTypes.DoubleType);
    List<Row> rates = List.of(
        RowFactory.create("EUR", 1.0),
        RowFactory.create("USD", 0.92),
        RowFactory.create("GBP", 1.17));
    return spark.createDataFrame(rates, schema);
  }

  /**
   * The rows of a query over the billing schema, {@code String.format}ted with its arguments
   * ({@code rows(spark, "SELECT * FROM %s.%s", schema, table)}), on the driver.
   */
  public static List<Row> rows(SparkSession spark, String query, Object... args) {
    return spark.sql(String.format(query, args)).collectAsList();
  }
}
