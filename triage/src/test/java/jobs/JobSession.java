package jobs;

import org.apache.spark.sql.SparkSession;

/** The session every failing job uses: local mode, event log into the directory given as args[0]. */
final class JobSession {
  private JobSession() {}

  static SparkSession.Builder builder(String name, String[] args) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName(name)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.eventLog.enabled", "true")
        .config("spark.eventLog.dir", args[0]);
    if (args.length > 1) {
      builder.config("spark.eventLog.compress", "true")
          .config("spark.eventLog.compression.codec", args[1]);
    }
    return builder;
  }
}
