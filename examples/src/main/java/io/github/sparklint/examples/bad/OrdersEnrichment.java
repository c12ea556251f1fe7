package io.github.sparklint.examples.bad;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Nightly orders enrichment: joins the day's orders with customers and products, then folds in the
 * late-arriving corrections of the last days. Broadcasts whole tables and caches every pass.
 */
public final class OrdersEnrichment {
  private static final String ENRICH_WITH_PRODUCTS =
      "SELECT /*+ BROADCAST(p) */ o.*, p.category, p.list_price "
          + "FROM enriched_orders o JOIN warehouse.products p ON o.product_id = p.product_id";

  private OrdersEnrichment() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("orders-enrichment").getOrCreate();
    spark.conf().set("spark.sql.shuffle.partitions", 400_000);

    Dataset<Row> orders = spark.read().parquet("/warehouse/orders/day=" + args[0]);
    Dataset<Row> customers = spark.read().parquet("/warehouse/customers");
    Dataset<Row> withCustomers = orders.join(broadcast(customers), "customer_id");
    withCustomers.createOrReplaceTempView("enriched_orders");
    Dataset<Row> enriched = spark.sql(ENRICH_WITH_PRODUCTS);

    List<String> correctionDays = List.of(args).subList(1, args.length);
    for (String day : correctionDays) {
      Dataset<Row> corrections = spark.read().parquet("/warehouse/corrections/day=" + day);
      enriched = enriched.join(corrections, "order_id", "left_anti")
          .unionByName(corrections, true)
          .cache();
      System.out.printf("after %s: %d orders%n", day, enriched.count());
    }

    enriched.repartition(1_000_000)
        .where(col("status").notEqual("cancelled"))
        .write().mode("overwrite").parquet("/warehouse/enriched_orders/day=" + args[0]);
  }
}
