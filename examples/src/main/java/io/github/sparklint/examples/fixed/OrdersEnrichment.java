package io.github.sparklint.examples.fixed;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Nightly orders enrichment that broadcasts only the slim, filtered dimension rows it needs and
 * releases each pass's cached result once the next one is materialized.
 */
public final class OrdersEnrichment {
  private static final int SUMMARY_FILES = 1;
  private static final String ENRICH_WITH_PRODUCTS =
      "SELECT /*+ BROADCAST(p) */ o.*, p.category, p.list_price FROM enriched_orders o "
          + "JOIN (SELECT product_id, category, list_price FROM warehouse.products WHERE active) p "
          + "ON o.product_id = p.product_id";

  private OrdersEnrichment() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("orders-enrichment").getOrCreate();
    spark.conf().set("spark.sql.shuffle.partitions", 2_000);
    spark.conf().set("spark.sql.adaptive.enabled", true);

    Dataset<Row> orders = spark.read().parquet("/warehouse/orders/day=" + args[0]);
    Dataset<Row> activeCustomers = spark.read().parquet("/warehouse/customers")
        .filter(col("active"))
        .select("customer_id", "segment", "country");
    Dataset<Row> withCustomers = orders.join(broadcast(activeCustomers), "customer_id");
    withCustomers.createOrReplaceTempView("enriched_orders");
    Dataset<Row> enriched = spark.sql(ENRICH_WITH_PRODUCTS);

    List<String> correctionDays = List.of(args).subList(1, args.length);
    for (String day : correctionDays) {
      Dataset<Row> corrections = spark.read().parquet("/warehouse/corrections/day=" + day);
      Dataset<Row> previous = enriched;
      enriched = enriched.join(corrections, "order_id", "left_anti")
          .unionByName(corrections, true)
          .cache();
      System.out.printf("after %s: %d orders%n", day, enriched.count());
      previous.unpersist();
    }

    enriched.repartition(800, col("country"))
        .where(col("status").notEqual("cancelled"))
        .write().mode("overwrite").partitionBy("country")
        .parquet("/warehouse/enriched_orders/day=" + args[0]);
    enriched.groupBy("country").count()
        .coalesce(SUMMARY_FILES)
        .write().mode("overwrite").csv("/reports/orders_per_country/day=" + args[0]);
  }
}
