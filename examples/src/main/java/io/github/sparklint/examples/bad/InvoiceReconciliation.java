package io.github.sparklint.examples.bad;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Converts invoices to euros and reports the unpaid ones, reading its inputs through {@link
 * InvoiceTables} and printing through {@link InvoiceReport}: the whole invoice table reaches the
 * driver twice, once here and once inside the report.
 */
public final class InvoiceReconciliation {
  private InvoiceReconciliation() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("invoice-reconciliation").getOrCreate();
    Map<String, Double> toEur = new HashMap<>();
    for (Row rate : InvoiceTables.currencies(spark).collectAsList()) {
      toEur.put(rate.getString(0), rate.getDouble(1));
    }

    List<Row> invoices = InvoiceTables.invoices(spark, args[0]).collectAsList();
    double totalEur = 0;
    for (Row invoice : invoices) {
      totalEur += invoice.<Double>getAs("amount") * toEur.get(invoice.<String>getAs("currency"));
    }
    System.out.printf("%d invoices, %.2f EUR%n", invoices.size(), totalEur);

    Dataset<Row> unpaid = InvoiceTables.invoices(spark, args[0]).filter("paid = false");
    InvoiceReport.print(unpaid);
    List<Row> overdue = InvoiceTables.rows(spark, "SELECT * FROM %s.%s WHERE due < now()",
        "billing", "invoices");
    System.out.printf("%d overdue invoices%n", overdue.size());
    spark.stop();
  }
}
