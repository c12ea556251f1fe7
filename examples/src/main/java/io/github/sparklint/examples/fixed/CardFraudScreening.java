package io.github.sparklint.examples.fixed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.AccumulatorV2;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Card screening that broadcasts the blocklist once per executor, joins with the chargebacks on
 * the cluster, counts with accumulators of fixed size and writes rejected records instead of
 * gathering them on the driver.
 */
public final class CardFraudScreening {
  private static final Set<String> TEST_CARDS = Set.of("4111111111111111", "5555555555554444");
  private static final double SUSPICIOUS_AMOUNT = 10_000;

  private CardFraudScreening() {}

  public static void main(String[] args) throws IOException {
    SparkConf conf = new SparkConf().setAppName("card-fraud-screening");
    try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
      Set<String> blockedCards = new HashSet<>(Files.readAllLines(Path.of(args[0])));
      Broadcast<Set<String>> blocked = jsc.broadcast(blockedCards);
      List<String> currencies = List.of("EUR", "USD", "GBP");
      JavaRDD<String[]> transactions = jsc.textFile(args[1])
          .map(line -> line.split(","))
          .filter(tx -> !TEST_CARDS.contains(tx[1]) && currencies.contains(tx[4]));
      JavaPairRDD<String, Boolean> chargebackCards = jsc.textFile(args[2])
          .mapToPair(line -> new Tuple2<>(line.split(",")[1], Boolean.TRUE))
          .distinct();

      JavaRDD<String[]> allowed = transactions
          .filter(tx -> !blocked.value().contains(tx[1]))
          .mapToPair(tx -> new Tuple2<>(tx[1], tx))
          .subtractByKey(chargebackCards)
          .values();

      LongAccumulator rejected = jsc.sc().longAccumulator("rejected");
      MaxAmount largest = new MaxAmount();
      jsc.sc().register(largest, "largestRejected");
      JavaRDD<String[]> rejectedTx = transactions.filter(tx -> blocked.value().contains(tx[1]));
      rejectedTx.foreach(tx -> {
        rejected.add(1);
        largest.add(Double.parseDouble(tx[3]));
      });
      rejectedTx.map(tx -> tx[0] + "," + tx[2]).coalesce(8).saveAsTextFile(args[4]);
      transactions.mapPartitions((Iterator<String[]> it) -> {
        List<String> flagged = new ArrayList<>();
        it.forEachRemaining(tx -> {
          if (Double.parseDouble(tx[3]) > SUSPICIOUS_AMOUNT) {
            flagged.add(tx[0]);
          }
        });
        return flagged.iterator();
      }).saveAsTextFile(args[5]);

      allowed.map(tx -> String.join(",", tx)).saveAsTextFile(args[3]);
      System.out.printf("%d rejected, largest %.2f%n", rejected.value(), largest.value());
    }
  }

  /** The largest amount seen: a fixed-size value, whatever the number of transactions. */
  static final class MaxAmount extends AccumulatorV2<Double, Double> {
    private static final long serialVersionUID = 1L;
    private double max = Double.NEGATIVE_INFINITY;

    @Override
    public boolean isZero() {
      return max == Double.NEGATIVE_INFINITY;
    }

    @Override
    public AccumulatorV2<Double, Double> copy() {
      MaxAmount copy = new MaxAmount();
      copy.max = max;
      return copy;
    }

    @Override
    public void reset() {
      max = Double.NEGATIVE_INFINITY;
    }

    @Override
    public void add(Double amount) {
      max = Math.max(max, amount);
    }

    @Override
    public void merge(AccumulatorV2<Double, Double> other) {
      add(other.value());
    }

    @Override
    public Double value() {
      return max;
    }
  }
}
