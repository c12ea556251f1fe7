package io.github.sparklint.core.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown the rule pages and messages use, as HTML: headings, paragraphs, fenced code, lists,
 * tables, and inline code, bold and links. Everything is escaped first ({@link Markup#escape}), so
 * no text becomes markup it did not ask for; link targets are kept only when they are relative or
 * {@code https}.
 */
final class MarkdownHtml {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

  private MarkdownHtml() {}

  /** One line of text with inline Markdown (code spans, bold, links). */
  static String inline(String text) {
    StringBuilder sb = new StringBuilder();
    Matcher code = CODE.matcher(text);
    int at = 0;
    while (code.find()) {
      sb.append(emphasis(text.substring(at, code.start())))
          .append("<code>").append(Markup.escape(code.group(1))).append("</code>");
      at = code.end();
    }
    return sb.append(emphasis(text.substring(at))).toString();
  }

  private static String emphasis(String text) {
    String html = BOLD.matcher(Markup.escape(text)).replaceAll("<strong>$1</strong>");
    return LINK.matcher(html).replaceAll(m -> safe(m.group(2))
        ? Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>")
        : Matcher.quoteReplacement(m.group(1)));
  }

  private static boolean safe(String escapedTarget) {
    return escapedTarget.startsWith("https://") || escapedTarget.matches("[\\w./#-]+");
  }

  /** A whole page; {@code #} headings become {@code h(level + shift)}. */
  static String page(String markdown, int shift) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); ) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        sb.append("<pre><code>");
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          sb.append(Markup.escape(lines.get(i))).append('\n');
        }
        sb.append("</code></pre>\n");
        i++;
      } else if (line.matches("#{1,6} .*")) {
        int level = Math.min(line.indexOf(' ') + shift, 6);
        sb.append("<h").append(level).append('>').append(inline(line.substring(line.indexOf(' ') + 1)))
            .append("</h").append(level).append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        i = table(lines, i, sb);
      } else if (line.matches("\\s*([-*]|\\d+\\.) .*")) {
        sb.append("<ul>\n");
        for (; i < lines.size() && lines.get(i).matches("\\s*([-*]|\\d+\\.) .*"); i++) {
          sb.append("<li>").append(inline(lines.get(i).trim().replaceFirst("^([-*]|\\d+\\.) ", "")));
          for (; i + 1 < lines.size() && lines.get(i + 1).matches("\\s{2,}\\S.*")
              && !lines.get(i + 1).matches("\\s*([-*]|\\d+\\.) .*"); i++) {
            sb.append(' ').append(inline(lines.get(i + 1).trim()));
          }
          sb.append("</li>\n");
        }
        sb.append("</ul>\n");
      } else if (line.isBlank()) {
        i++;
      } else {
        StringBuilder paragraph = new StringBuilder(line.trim());
        for (i++; i < lines.size() && isParagraphLine(lines.get(i)); i++) {
          paragraph.append(' ').append(lines.get(i).trim());
        }
        sb.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
      }
    }
    return sb.toString();
  }

  private static boolean isParagraphLine(String line) {
    return !line.isBlank() && !line.startsWith("```") && !line.startsWith("#")
        && !line.startsWith("|") && !line.matches("\\s*([-*]|\\d+\\.) .*");
  }

  private static int table(List<String> lines, int start, StringBuilder sb) {
    sb.append("<div class=\"scroll\"><table>\n");
    int i = start;
    for (boolean head = true; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String row = lines.get(i).trim();
      if (row.matches("\\|[\\s:|-]+\\|?")) {
        continue;
      }
      String cell = head ? "th" : "td";
      sb.append("<tr>");
      for (String value : row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length())
          .split("(?<!\\\\)\\|")) {
        sb.append('<').append(cell).append('>').append(inline(value.trim().replace("\\|", "|")))
            .append("</").append(cell).append('>');
      }
      sb.append("</tr>\n");
      head = false;
    }
    sb.append("</table></div>\n");
    return i;
  }
}
