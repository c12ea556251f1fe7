package io.github.sparklint.examples.fixed;

import java.io.IOException;
import org.apache.spark.SparkConf;
import org.apache.spark.launcher.SparkAppHandle;
import org.apache.spark.launcher.SparkLauncher;
import org.apache.spark.sql.SparkSession;

/**
 * The shared session factory with driver sizing left to spark-submit and spark-defaults.conf, a
 * modest result cap and broadcast threshold, and UI history close to Spark's defaults (the full
 * history lives in the event log).
 */
public final class SessionBootstrap {
  private static final String RESULT_SIZE_KEY = "spark.driver.maxResultSize";
  private static final long SIXTY_FOUR_MB = 64L * 1024 * 1024;

  private SessionBootstrap() {}

  /** The session every job of the team starts from. */
  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf()
        .setAppName(appName)
        .set(RESULT_SIZE_KEY, "2g")
        .set("spark.ui.retainedJobs", "2000")
        .set("spark.eventLog.enabled", "true")
        .set("spark.default.parallelism", "2000");
    SparkSession spark = SparkSession.builder()
        .config(conf)
        .config("spark.sql.autoBroadcastJoinThreshold", SIXTY_FOUR_MB)
        .config("spark.sql.streaming.numRecentProgressUpdates", 200L)
        .getOrCreate();
    String driverMemory = spark.sparkContext().getConf().get("spark.driver.memory", "1g");
    System.out.printf("%s runs with a %s driver%n", appName, driverMemory);
    return spark;
  }

  /** Ad-hoc sessions for notebooks: automatic broadcasts off, explicit hints only. */
  public static SparkSession notebook() {
    SparkSession spark = SparkSession.builder().appName("notebook").getOrCreate();
    spark.sql("SET spark.sql.autoBroadcastJoinThreshold=-1");
    return spark;
  }

  /** Starts a nightly job as a new application: its driver memory is set before its JVM starts. */
  public static SparkAppHandle submitNightly(String jar, String mainClass) throws IOException {
    return new SparkLauncher()
        .setAppResource(jar)
        .setMainClass(mainClass)
        .setConf(SparkLauncher.DRIVER_MEMORY, "8g")
        .setConf(SparkLauncher.DRIVER_EXTRA_JAVA_OPTIONS, "-XX:+UseG1GC")
        .startApplication();
  }
}
