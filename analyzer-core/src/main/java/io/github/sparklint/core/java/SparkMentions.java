package io.github.sparklint.core.java;

import com.github.javaparser.Provider;
import com.github.javaparser.Providers;
import com.github.javaparser.UnicodeEscapeProcessingProvider;
import io.github.sparklint.core.spark.SparkApi;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The cheap text check that lets files which never mention Spark skip parsing entirely. A file can
 * only name a Spark type through an import or a qualified name, both of which contain the Spark
 * package name; a bare "spark" (a package named {@code sparklint}, a variable {@code spark}) is not
 * enough. The check reads the text as javac does: a file that writes the package name with Unicode
 * escapes ({@code org.apache.sp\u0061rk}) mentions Spark too.
 */
public final class SparkMentions {
  private static final String SPARK_PACKAGE = "org.apache.spark";

  private SparkMentions() {}

  /**
   * True when {@code source}, its Unicode escapes decoded, mentions the Spark package, or calls
   * an action that brings rows to the driver ({@code collectAsList()}, {@code toLocalIterator()}):
   * a file can use Spark through a project's own types without naming Spark (a test whose {@code
   * spark} field comes from a base class in another file).
   */
  public static boolean mentionsSpark(String source) {
    if (mentions(source)) {
      return true;
    }
    return ParserSettings.hasUnicodeEscape(source) && mentions(decoded(source));
  }

  private static boolean mentions(String text) {
    if (text.contains(SPARK_PACKAGE)) {
      return true;
    }
    for (String call : SparkApi.driverActionCalls()) {
      if (text.contains(call)) {
        return true;
      }
    }
    return false;
  }

  /** {@code source} with its Unicode escapes decoded, as javac's first step reads it (JLS 3.3). */
  private static String decoded(String source) {
    StringBuilder text = new StringBuilder(source.length());
    char[] buffer = new char[8192];
    try (Provider decoder = new UnicodeEscapeProcessingProvider(Providers.provider(source))) {
      for (int n = decoder.read(buffer, 0, buffer.length); n >= 0;
          n = decoder.read(buffer, 0, buffer.length)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return text.toString();
  }
}
