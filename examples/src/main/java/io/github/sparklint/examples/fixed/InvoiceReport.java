package io.github.sparklint.examples.fixed;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Prints invoices for the finance team's daily e-mail. */
final class InvoiceReport {
  private InvoiceReport() {}

  /** Prints one line per invoice; how many that is, the caller decides. */
  static void print(Dataset<Row> invoices) {
    for (Row invoice : invoices.collectAsList()) {
      System.out.printf("%s %s %.2f%n", invoice.getAs("id"), invoice.getAs("currency"),
          invoice.<Double>getAs("amount"));
    }
  }
}
