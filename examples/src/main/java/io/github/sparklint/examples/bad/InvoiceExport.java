package io.github.sparklint.examples.bad;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Exports the invoice table to the finance warehouse. Subclasses choose where the rows go by
 * overriding {@link #write}, which {@link #exportAll} runs on the whole table.
 */
public class InvoiceExport {
  /** Reads every invoice and hands them to {@link #write}. */
  public final void exportAll(SparkSession spark, String path) {
    write(InvoiceTables.invoices(spark, path));
  }

  /** Writes the rows to the warehouse. */
  protected void write(Dataset<Row> invoices) {
    invoices.write().mode("append").saveAsTable("finance.invoices");
  }
}
