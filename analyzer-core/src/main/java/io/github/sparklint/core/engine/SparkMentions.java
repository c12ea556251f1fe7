package io.github.sparklint.core.engine;

/** The cheap text check that lets files which never mention Spark skip parsing entirely. */
public final class SparkMentions {
  private SparkMentions() {}

  /** True when {@code source} contains "spark" in any letter case. */
  public static boolean mentionsSpark(CharSequence source) {
    int n = source.length() - 4;
    for (int i = 0; i < n; i++) {
      char c = source.charAt(i);
      if ((c == 's' || c == 'S') && matchesPark(source, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesPark(CharSequence s, int at) {
    return lower(s.charAt(at)) == 'p' && lower(s.charAt(at + 1)) == 'a'
        && lower(s.charAt(at + 2)) == 'r' && lower(s.charAt(at + 3)) == 'k';
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
