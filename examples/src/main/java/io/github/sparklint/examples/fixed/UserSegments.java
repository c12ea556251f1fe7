package io.github.sparklint.examples.fixed;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/** User segments computed and stored on the cluster; the driver only sees the top 100. */
public final class UserSegments {
  private static final int TOP_USERS = 100;

  private UserSegments() {}

  public static void main(String[] args) {
    SparkConf conf = new SparkConf().setAppName("user-segments");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      JavaRDD<String> lines = sc.textFile(args[0]);
      JavaPairRDD<String, Integer> visits =
          lines.mapToPair(line -> new Tuple2<>(line.split("\t")[0], 1));

      JavaPairRDD<String, Integer> perUser = visits.reduceByKey(Integer::sum);
      perUser.saveAsTextFile(args[1]);
      visits.reduceByKey(Math::min).saveAsTextFile(args[2]);

      List<Tuple2<String, Integer>> heavy =
          perUser.takeOrdered(TOP_USERS, new VisitsDescending());
      List<Integer> checks = sc.parallelize(List.of(1, 2, 3)).map(i -> i * 2).collect();
      System.out.printf("top user %s, checks %s%n", heavy.isEmpty() ? "-" : heavy.get(0), checks);
    }
  }

  /** Orders (user, visits) pairs by visits, most first. */
  static final class VisitsDescending
      implements java.util.Comparator<Tuple2<String, Integer>>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<String, Integer> a, Tuple2<String, Integer> b) {
      return Integer.compare(b._2(), a._2());
    }
  }
}
