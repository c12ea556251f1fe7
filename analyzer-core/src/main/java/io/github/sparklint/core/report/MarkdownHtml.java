package io.github.sparklint.core.report;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown the rule pages and messages use, as HTML: headings, paragraphs, fenced code, lists,
 * tables, and inline code, bold and links. Everything is escaped first ({@link Markup#escape}), so
 * no text becomes markup it did not ask for. Links keep {@code https} and in-page ({@code #})
 * targets; a page's relative links go through the caller's resolver, and a link with nowhere to go
 * is shown as its text.
 */
final class MarkdownHtml {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

  private MarkdownHtml() {}

  /** One line of text with inline Markdown (code spans, bold, links). */
  static String inline(String text) {
    return inline(text, target -> null);
  }

  private static String inline(String text, UnaryOperator<String> links) {
    StringBuilder sb = new StringBuilder();
    Matcher code = CODE.matcher(text);
    int at = 0;
    while (code.find()) {
      sb.append(emphasis(text.substring(at, code.start()), links))
          .append("<code>").append(Markup.escape(code.group(1))).append("</code>");
      at = code.end();
    }
    return sb.append(emphasis(text.substring(at), links)).toString();
  }

  private static String emphasis(String text, UnaryOperator<String> links) {
    String html = BOLD.matcher(Markup.escape(text)).replaceAll("<strong>$1</strong>");
    return LINK.matcher(html).replaceAll(m -> {
      String target = href(m.group(2), links);
      return Matcher.quoteReplacement(target == null ? m.group(1)
          : "<a href=\"" + target + "\">" + m.group(1) + "</a>");
    });
  }

  private static String href(String escapedTarget, UnaryOperator<String> links) {
    if (escapedTarget.startsWith("https://") || escapedTarget.matches("#[\\w-]+")) {
      return escapedTarget;
    }
    return escapedTarget.matches("[\\w./-]+") ? links.apply(escapedTarget) : null;
  }

  /**
   * A whole page; {@code #} headings become {@code h(level + shift)}; {@code links} maps a
   * relative link target to where it leads in the output, or {@code null} to show only the text.
   */
  static String page(String markdown, int shift, UnaryOperator<String> links) {
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
        sb.append("<h").append(level).append('>')
            .append(inline(line.substring(line.indexOf(' ') + 1), links))
            .append("</h").append(level).append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        i = table(lines, i, sb, links);
      } else if (line.matches("\\s*([-*]|\\d+\\.) .*")) {
        sb.append("<ul>\n");
        for (; i < lines.size() && lines.get(i).matches("\\s*([-*]|\\d+\\.) .*"); i++) {
          String item = lines.get(i).trim().replaceFirst("^([-*]|\\d+\\.) ", "");
          sb.append("<li>").append(inline(item, links));
          for (; i + 1 < lines.size() && lines.get(i + 1).matches("\\s{2,}\\S.*")
              && !lines.get(i + 1).matches("\\s*([-*]|\\d+\\.) .*"); i++) {
            sb.append(' ').append(inline(lines.get(i + 1).trim(), links));
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
        sb.append("<p>").append(inline(paragraph.toString(), links)).append("</p>\n");
      }
    }
    return sb.toString();
  }

  private static boolean isParagraphLine(String line) {
    return !line.isBlank() && !line.startsWith("```") && !line.startsWith("#")
        && !line.startsWith("|") && !line.matches("\\s*([-*]|\\d+\\.) .*");
  }

  private static int table(List<String> lines, int start, StringBuilder sb,
      UnaryOperator<String> links) {
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
        sb.append('<').append(cell).append('>')
            .append(inline(value.trim().replace("\\|", "|"), links)).append("</").append(cell).append('>');
      }
      sb.append("</tr>\n");
      head = false;
    }
    sb.append("</table></div>\n");
    return i;
  }
}
