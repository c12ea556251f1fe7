package io.github.sparklint.examples.fixed;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/**
 * Where shipment events come from: a loader the job configuration picks at run time, reading the
 * event files of a day (CSV in the landing zone, Parquet in the lake) or, one day, a stream.
 */
public final class ShipmentLoaders {
  private ShipmentLoaders() {}

  /** Reads the shipment events at a location. */
  public interface Loader {
    JavaRDD<String> load(SparkSession spark, String location);
  }

  /** The loader for a source format named in the job configuration. */
  public static Loader forFormat(String format) {
    switch (format) {
      case "csv":
        return new CsvLoader();
      case "parquet":
        return new ParquetLoader();
      default:
        return new StreamLoader();
    }
  }

  /** Every line of the CSV files of the landing zone. */
  static final class CsvLoader implements Loader {
    @Override
    public JavaRDD<String> load(SparkSession spark, String location) {
      return spark.read().textFile(location).javaRDD().filter(line -> !line.startsWith("#"));
    }
  }

  /** Every event of the Parquet lake, as JSON text. */
  static final class ParquetLoader implements Loader {
    @Override
    public JavaRDD<String> load(SparkSession spark, String location) {
      return spark.read().parquet(location).toJSON().javaRDD();
    }
  }

  /** Not written yet: the streaming source. */
  static final class StreamLoader implements Loader {
    @Override
    public JavaRDD<String> load(SparkSession spark, String location) {
      return null;
    }
  }

  /** Prints the first shipment events of the day for the on-call engineer. */
  public static void printDay(SparkSession spark, String format, String location) {
    Loader loader = forFormat(format);
    JavaRDD<String> events = loader.load(spark, location);
    events.take(20).forEach(System.out::println);
  }
}
