package jobs;

import java.io.StringWriter;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** A closure captures a driver object that cannot be serialized into a task. */
public final class NotSerializableJob {
  private NotSerializableJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("not-serializable", args).getOrCreate();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    StringWriter report = new StringWriter();
    long lines = sc.parallelize(List.of("a", "b")).filter(s -> report.toString().isEmpty()).count();
    System.out.println(lines);
    spark.stop();
  }
}
