package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.rule.ConfigEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {

  @Test
  void readsEveryPropertiesSyntaxWithLineNumbers() {
    List<ConfigEntry> entries = PropertiesText.parse(String.join("\n",
        "# comment = not an entry",
        "! also a comment",
        "",
        "spark.a    1g",
        "  spark.b=2",
        "spark.c : three  ",
        "spark.d = first \\",
        "          second",
        "spark\\ e\\u0041=x\\ty",
        "spark.f",
        "spark.a 5g"));
    assertThat(entries).extracting(e -> e.line() + ":" + e.column() + " " + e.key() + "=" + e.value())
        .containsExactly(
            "5:3 spark.b=2",
            "6:1 spark.c=three",
            "7:1 spark.d=first second",
            "9:1 spark eA=x\ty",
            "10:1 spark.f=",
            "11:1 spark.a=5g");
  }

  @Test
  void aSuppressWarningsCommentDirectlyAboveAnEntryIsKept() {
    List<ConfigEntry> entries = PropertiesText.parse(String.join("\r\n",
        "# @SuppressWarnings({\"RuleA\", \"sparklint\"}) measured, fits",
        "spark.a 1",
        "# @SuppressWarnings(\"RuleB\")",
        "",
        "spark.b 2"));
    assertThat(entries.get(0).suppressed()).containsExactlyInAnyOrder("RuleA", "sparklint");
    assertThat(entries.get(1).suppressed()).isEmpty();
  }
}
