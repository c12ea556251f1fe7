package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL text at its top level, outside parentheses and quotes: the text with nested parts blanked
 * out, split at a top-level separator or comma, unwrapped of parentheses around the whole of it.
 * How {@link SqlRows} reads a statement without parsing it.
 */
final class SqlTopLevel {
  private SqlTopLevel() {}

  /** {@code (select ...)} without the parentheses around the whole of it. */
  static String unwrap(String part) {
    String text = part.trim();
    while (text.startsWith("(") && text.endsWith(")") && closes(text)) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text;
  }

  /** True when the parenthesis opening {@code text} is the one that closes it. */
  private static boolean closes(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }

  /** {@code text} with everything inside parentheses and quotes blanked out. */
  static String blanked(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      boolean open = !quoted && c == '(';
      boolean close = !quoted && c == ')';
      if (open) {
        depth++;
      }
      out.append(depth == 0 || open && depth == 1 || close && depth == 1 ? c : ' ');
      if (close) {
        depth = Math.max(0, depth - 1);
      }
    }
    return out.toString();
  }

  /** The pieces of {@code text} between top-level matches of {@code separator}. */
  static List<String> split(String text, Pattern separator) {
    String outer = blanked(text);
    List<String> parts = new ArrayList<>();
    Matcher m = separator.matcher(outer);
    int start = 0;
    while (m.find()) {
      parts.add(text.substring(start, m.start()));
      start = m.end();
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** The items of a comma-separated {@code list}, split at its top-level commas. */
  static List<String> items(String list) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && c == ',' && depth == 0) {
        items.add(list.substring(start, i));
        start = i + 1;
      }
    }
    items.add(list.substring(start));
    return items;
  }
}
