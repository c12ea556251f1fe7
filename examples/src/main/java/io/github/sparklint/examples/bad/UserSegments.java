package io.github.sparklint.examples.bad;

import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/** Segments users by activity with the RDD API, pulling per-user maps onto the driver. */
public final class UserSegments {
  private UserSegments() {}

  public static void main(String[] args) {
    SparkConf conf = new SparkConf().setAppName("user-segments");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      JavaRDD<String> lines = sc.textFile(args[0]);
      JavaPairRDD<String, Integer> visits =
          lines.mapToPair(line -> new Tuple2<>(line.split("\t")[0], 1));

      Map<String, Long> perUser = visits.countByKey();
      Map<String, Integer> firstVisit = visits.reduceByKey(Math::min).collectAsMap();
      List<Tuple2<String, Integer>> heavy =
          visits.reduceByKey(Integer::sum).takeOrdered(1_000_000, new VisitsDescending());

      System.out.printf("%d users, %d first visits, %d heavy%n",
          perUser.size(), firstVisit.size(), heavy.size());
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
