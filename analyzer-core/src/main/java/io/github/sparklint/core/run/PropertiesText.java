package io.github.sparklint.core.run;

import io.github.sparklint.core.rule.ConfigEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of {@code spark-defaults.conf} and {@code .properties} files the way Spark does
 * (it loads both with {@code java.util.Properties}): {@code key value}, {@code key=value} or
 * {@code key: value}, {@code #}/{@code !} comments, backslash continuations and escapes — but keeps
 * the line of every entry.
 */
public final class PropertiesText {
  private static final Pattern SUPPRESS = Pattern.compile("@?SuppressWarnings\\s*\\(([^)]*)\\)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private PropertiesText() {}

  /** The entries that take effect (for a key given twice, the last one), in line order. */
  public static List<ConfigEntry> parse(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    Map<String, ConfigEntry> effective = new LinkedHashMap<>();
    Set<String> suppressed = Set.of();
    int i = 0;
    while (i < lines.length) {
      int lead = leadingWhitespace(lines[i]);
      String first = lines[i].substring(lead);
      int startLine = ++i;
      if (first.isEmpty()) {
        suppressed = Set.of();
        continue;
      }
      if (first.charAt(0) == '#' || first.charAt(0) == '!') {
        suppressed = suppressionsIn(first);
        continue;
      }
      StringBuilder logical = new StringBuilder(first);
      while (endsWithContinuation(logical)) {
        logical.setLength(logical.length() - 1);
        if (i >= lines.length) {
          break;
        }
        logical.append(lines[i].substring(leadingWhitespace(lines[i])));
        i++;
      }
      ConfigEntry entry = entry(logical.toString(), startLine, lead + 1, suppressed);
      effective.remove(entry.key());
      effective.put(entry.key(), entry);
      suppressed = Set.of();
    }
    List<ConfigEntry> entries = new ArrayList<>(effective.values());
    entries.sort(Comparator.comparingInt(ConfigEntry::line));
    return List.copyOf(entries);
  }

  private static ConfigEntry entry(String line, int lineNumber, int column, Set<String> suppressed) {
    int k = 0;
    boolean escaped = false;
    while (k < line.length()) {
      char c = line.charAt(k);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '=' || c == ':' || isWhitespace(c)) {
        break;
      }
      k++;
    }
    int v = k;
    while (v < line.length() && isWhitespace(line.charAt(v))) {
      v++;
    }
    if (v < line.length() && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
      v++;
    }
    String key = unescape(line.substring(0, k));
    String value = unescape(line.substring(v)).trim();
    return new ConfigEntry(key, value, lineNumber, column, suppressed);
  }

  private static String unescape(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= raw.length()) {
        out.append(c);
        continue;
      }
      char next = raw.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> i = unicode(raw, i, out);
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  private static int unicode(String raw, int at, StringBuilder out) {
    if (at + 4 < raw.length() && raw.substring(at + 1, at + 5).matches("[0-9a-fA-F]{4}")) {
      out.append((char) Integer.parseInt(raw.substring(at + 1, at + 5), 16));
      return at + 4;
    }
    out.append('u');
    return at;
  }

  private static boolean endsWithContinuation(CharSequence line) {
    int slashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  private static Set<String> suppressionsIn(String comment) {
    Matcher m = SUPPRESS.matcher(comment);
    if (!m.find()) {
      return Set.of();
    }
    Set<String> ids = new HashSet<>();
    Matcher q = QUOTED.matcher(m.group(1));
    while (q.find()) {
      ids.add(q.group(1).trim());
    }
    return ids;
  }

  private static int leadingWhitespace(String line) {
    int i = 0;
    while (i < line.length() && isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
