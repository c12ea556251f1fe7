package io.github.sparklint.examples.bad;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The shared session factory of a team's jobs. It tries to size the driver from code, removes the
 * result-size safety net and keeps far more UI history than the driver heap can hold.
 */
public final class SessionBootstrap {
  private static final String RESULT_SIZE_KEY = "spark.driver.maxResultSize";
  private static final long FOUR_GB = 4L * 1024 * 1024 * 1024;

  private SessionBootstrap() {}

  /** The session every job of the team starts from. */
  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf()
        .setAppName(appName)
        .set("spark.driver.memory", "8g")
        .set("spark.driver.extraJavaOptions", "-XX:+UseG1GC -XX:MaxDirectMemorySize=2g")
        .set(RESULT_SIZE_KEY, "0")
        .set("spark.ui.retainedTasks", "10000000")
        .set("spark.default.parallelism", "500000");
    return SparkSession.builder()
        .config(conf)
        .config("spark.sql.autoBroadcastJoinThreshold", FOUR_GB)
        .config("spark.sql.streaming.numRecentProgressUpdates", 100_000L)
        .config("spark.sql.adaptive.enabled", true)
        .getOrCreate();
  }

  /** Ad-hoc sessions used by analysts in notebooks. */
  public static SparkSession notebook() {
    SparkSession spark = SparkSession.builder().appName("notebook").getOrCreate();
    spark.sql("SET spark.sql.ui.retainedExecutions=50000");
    System.setProperty("spark.driver.memoryOverhead", "2g");
    return spark;
  }
}
