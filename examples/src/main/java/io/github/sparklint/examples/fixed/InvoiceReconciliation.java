package io.github.sparklint.examples.fixed;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Invoice reconciliation done on the cluster: the driver collects only the currency lookup (built
 * on the driver in the first place), one row of totals and the largest unpaid invoices; the full
 * unpaid list is written out.
 */
public final class InvoiceReconciliation {
  private static final int TOP_UNPAID = 50;

  private InvoiceReconciliation() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("invoice-reconciliation").getOrCreate();
    Map<String, Double> toEur = new HashMap<>();
    for (Row rate : InvoiceTables.currencies(spark).collectAsList()) {
      toEur.put(rate.getString(0), rate.getDouble(1));
    }

    Dataset<Row> invoices = InvoiceTables.invoices(spark, args[0]);
    Row totals = invoices.join(InvoiceTables.currencies(spark), "currency")
        .agg(count(lit(1)), sum(col("amount").multiply(col("toEur"))))
        .collectAsList().get(0);
    System.out.printf("%d invoices, %.2f EUR (%d currencies)%n",
        totals.getLong(0), totals.getDouble(1), toEur.size());

    Dataset<Row> unpaid = invoices.filter("paid = false");
    unpaid.write().parquet(args[1]);
    InvoiceReport.print(unpaid.orderBy(col("amount").desc()).limit(TOP_UNPAID));
    long overdue = InvoiceTables.rows(spark, "SELECT count(*) FROM %s.%s WHERE due < now()",
        "billing", "invoices").get(0).getLong(0);
    System.out.printf("%d overdue invoices%n", overdue);
    spark.stop();
  }
}
