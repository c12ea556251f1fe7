package io.github.sparklint.core.engine;

/**
 * The cheap text check that lets files which never mention Spark skip parsing entirely. A file can
 * only name a Spark type through an import or a qualified name, both of which contain the Spark
 * package name; a bare "spark" (a package named {@code sparklint}, a variable {@code spark}) is not
 * enough.
 */
public final class SparkMentions {
  private static final String SPARK_PACKAGE = "org.apache.spark";

  private SparkMentions() {}

  /** True when {@code source} mentions the Spark package. */
  public static boolean mentionsSpark(String source) {
    return source.contains(SPARK_PACKAGE);
  }
}
