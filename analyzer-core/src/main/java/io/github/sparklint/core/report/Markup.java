package io.github.sparklint.core.report;

/** Escaping for XML and HTML text and attribute values. */
final class Markup {
  private Markup() {}

  /**
   * {@code text} with {@code & < > " '} escaped and characters XML 1.0 cannot hold (control
   * characters other than tab, newline and carriage return) replaced by {@code U+FFFD}.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }
}
