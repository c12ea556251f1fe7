package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown of rule pages and messages as HTML: escaped first, only safe links kept. */
class MarkdownHtmlTest {

  @Test
  void backticksBecomeCodeAndEverythingIsEscaped() {
    assertThat(MarkdownHtml.inline("`ds.take(n)` <b>copies</b> & **much** `a<b>`"))
        .isEqualTo("<code>ds.take(n)</code> &lt;b&gt;copies&lt;/b&gt; &amp; <strong>much</strong>"
            + " <code>a&lt;b&gt;</code>");
  }

  @Test
  void anUnclosedBacktickStaysText() {
    assertThat(MarkdownHtml.inline("a ` b")).isEqualTo("a ` b");
  }

  @Test
  void inlineTextKeepsHttpsAndInPageLinksOnly() {
    assertThat(MarkdownHtml.inline("[models](../models.md) and [x](javascript:alert(1))"))
        .isEqualTo("models and x)");
    assertThat(MarkdownHtml.inline("[spec](https://spark.apache.org/docs) [up](#summary)"))
        .isEqualTo("<a href=\"https://spark.apache.org/docs\">spec</a> <a href=\"#summary\">up</a>");
    assertThat(MarkdownHtml.inline("[q](https://x\"onmouseover=\"a)")).doesNotContain("onmouseover=\"");
  }

  @Test
  void aPagesRelativeLinksGoWhereTheResolverSaysOrBecomeText() {
    String html = MarkdownHtml.page("See [take](SparkLargeTake.md) and [models](../models.md).", 0,
        target -> target.equals("SparkLargeTake.md") ? "#rule-SparkLargeTake" : null);

    assertThat(html).isEqualTo(
        "<p>See <a href=\"#rule-SparkLargeTake\">take</a> and models.</p>\n");
  }

  @Test
  void aPageHasHeadingsParagraphsCodeListsAndTables() {
    String html = MarkdownHtml.page("""
        # SparkLargeTake

        Severity: warning
        and more.

        ```java
        List<Row> rows = ds.takeAsList(1_000_000);
        ```

        - one `a`
          continued
        - two

        | option | default |
        |---|---|
        | `maxRows` | `100000` |
        | a \\| b | c |
        """, 2, target -> null);

    assertThat(html).isEqualTo("""
        <h3>SparkLargeTake</h3>
        <p>Severity: warning and more.</p>
        <pre><code>List&lt;Row&gt; rows = ds.takeAsList(1_000_000);
        </code></pre>
        <ul>
        <li>one <code>a</code> continued</li>
        <li>two</li>
        </ul>
        <div class="scroll"><table>
        <tr><th>option</th><th>default</th></tr>
        <tr><td><code>maxRows</code></td><td><code>100000</code></td></tr>
        <tr><td>a | b</td><td>c</td></tr>
        </table></div>
        """);
  }

  @Test
  void anUnclosedFenceEndsWithThePage() {
    assertThat(MarkdownHtml.page("```\n<x>", 0, target -> null))
        .isEqualTo("<pre><code>&lt;x&gt;\n</code></pre>\n");
  }
}
