package jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Drains toLocalIterator() into a driver list: the whole table ends up on the driver anyway. */
public final class LocalIteratorJob {
  private LocalIteratorJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("local-iterator", args).getOrCreate();
    Iterator<Row> it = spark.range(0, 20_000_000, 1, 200).selectExpr("id", "uuid() AS tag")
        .toLocalIterator();
    List<Row> all = new ArrayList<>();
    while (it.hasNext()) {
      all.add(it.next());
    }
    System.out.println(all.size());
    spark.stop();
  }
}
