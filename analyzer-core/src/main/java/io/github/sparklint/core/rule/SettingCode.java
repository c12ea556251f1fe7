package io.github.sparklint.core.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity code of a finding about a Spark setting made in Java: the setting's key, not the
 * text of the call that makes it. Baselines and fingerprints use a finding's code, so renaming the
 * {@code appName} of a {@code SparkSession.builder()...config(k, v)} chain, reformatting it or
 * reordering its calls keeps the finding the same; moving it to another method does not.
 */
public final class SettingCode {
  private static final String PREFIX = "setting ";
  /**
   * The last call of a chain as sparklint up to 0.1 recorded it: {@code ....config("k", v)}, {@code
   * .set("k", v)}, {@code .setIfMissing("k", v)}, or {@code sql("SET k=v")}.
   */
  private static final Pattern LEGACY = Pattern.compile(
      "(?:\\.(?:config|set|setIfMissing)\\(\"([^\"\\\\]+)\", .*\\)"
          + "|\\bsql\\(\"\\s*(?i:set)\\s+([^=\\s\"]+)\\s*=.*\"\\))$");

  private SettingCode() {}

  /** The code of a finding about the setting {@code key}. */
  public static String of(String key) {
    return PREFIX + key;
  }

  /**
   * {@code code} as this version records it: the code of a setting finding recorded by an older
   * sparklint (the whole call chain) becomes its setting code; any other code is returned as it
   * is. A key given through a constant cannot be recovered from the old text and stays as it was.
   */
  public static String upgrade(String code) {
    if (code.startsWith(PREFIX)) {
      return code;
    }
    Matcher m = LEGACY.matcher(code);
    if (!m.find()) {
      return code;
    }
    return of(m.group(1) != null ? m.group(1) : m.group(2));
  }
}
