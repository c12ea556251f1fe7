package io.github.sparklint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about sparklint itself. */
public final class Sparklint {
  /** The tool name used in reports. */
  public static final String NAME = "sparklint";
  /** Where users find the project and its rule pages. */
  public static final String HOME = "https://github.com/sparklint/sparklint";

  private static final String VERSION = loadVersion();

  private Sparklint() {}

  /** The version of this build, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  private static String loadVersion() {
    try (InputStream in = Sparklint.class.getResourceAsStream("sparklint-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
