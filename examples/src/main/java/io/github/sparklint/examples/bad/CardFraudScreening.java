package io.github.sparklint.examples.bad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.AccumulatorV2;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Screens card transactions ({@code txId,card,merchant,amount} lines) against a blocklist and past
 * chargebacks with the RDD API. It ships the blocklist with every task, queries an RDD from inside
 * a task, and gathers rejected records in driver variables and growing accumulators.
 */
public final class CardFraudScreening {
  private CardFraudScreening() {}

  public static void main(String[] args) throws IOException {
    SparkConf conf = new SparkConf().setAppName("card-fraud-screening");
    try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
      Set<String> blockedCards = new HashSet<>(Files.readAllLines(Path.of(args[0])));
      JavaRDD<String[]> transactions = jsc.textFile(args[1], 250_000).map(line -> line.split(","));
      JavaRDD<String> chargebackCards = jsc.textFile(args[2]).map(line -> line.split(",")[1]);

      JavaRDD<String[]> allowed = transactions
          .filter(tx -> !blockedCards.contains(tx[1]))
          .filter(tx -> chargebackCards.filter(card -> card.equals(tx[1])).isEmpty());

      CollectionAccumulator<String> rejectedIds = jsc.sc().collectionAccumulator("rejectedIds");
      MerchantCounts perMerchant = new MerchantCounts();
      jsc.sc().register(perMerchant, "perMerchant");
      long[] rejected = {0};
      List<String> suspicious = new ArrayList<>();
      transactions.foreach(tx -> {
        if (blockedCards.contains(tx[1])) {
          rejected[0]++;
          rejectedIds.add(tx[0]);
          perMerchant.add(tx[2]);
        } else if (Double.parseDouble(tx[3]) > 10_000) {
          suspicious.add(tx[0]);
        }
      });

      allowed.map(tx -> String.join(",", tx)).saveAsTextFile(args[3]);
      System.out.printf("%d rejected (%d ids), %d merchants, %d suspicious%n", rejected[0],
          rejectedIds.value().size(), perMerchant.value().size(), suspicious.size());
    }
  }

  /** Counts rejected transactions per merchant; the map grows with every merchant seen. */
  static final class MerchantCounts extends AccumulatorV2<String, Map<String, Long>> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Long> counts = new HashMap<>();

    @Override
    public boolean isZero() {
      return counts.isEmpty();
    }

    @Override
    public AccumulatorV2<String, Map<String, Long>> copy() {
      MerchantCounts copy = new MerchantCounts();
      copy.counts.putAll(counts);
      return copy;
    }

    @Override
    public void reset() {
      counts.clear();
    }

    @Override
    public void add(String merchant) {
      counts.merge(merchant, 1L, Long::sum);
    }

    @Override
    public void merge(AccumulatorV2<String, Map<String, Long>> other) {
      other.value().forEach((merchant, n) -> counts.merge(merchant, n, Long::sum));
    }

    @Override
    public Map<String, Long> value() {
      return counts;
    }
  }
}
