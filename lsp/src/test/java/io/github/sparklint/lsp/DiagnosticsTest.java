package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.run.FileAnalyzer;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How findings and errors become LSP diagnostics: ranges, severities, codes, links, origins. */
class DiagnosticsTest {
  private static final List<String> JAVA = List.of("class A {", "  int n = rows.count();", "}");

  @Test
  void aRangeCoversTheJavaNameAtThePositionAndNoDots() {
    assertThat(Diagnostics.nameAt(JAVA, 2, 16, true)).isEqualTo(range(1, 15, 1, 20));
    assertThat(Diagnostics.nameAt(List.of("a.b.c(1)"), 1, 1, true)).isEqualTo(range(0, 0, 0, 1));
  }

  @Test
  void aConfigurationKeyIncludesItsDotsAndDashes() {
    assertThat(Diagnostics.nameAt(List.of("spark.driver.max-result 0"), 1, 1, false))
        .isEqualTo(range(0, 0, 0, 23));
  }

  @Test
  void noNameAtThePositionGivesOneCharacterAndAnUnknownPositionTheStartOfTheFile() {
    assertThat(Diagnostics.nameAt(JAVA, 2, 7, true)).isEqualTo(range(1, 6, 1, 7));
    assertThat(Diagnostics.nameAt(JAVA, 0, 0, true)).isEqualTo(range(0, 0, 0, 0));
    assertThat(Diagnostics.nameAt(JAVA, 9, 1, true)).isEqualTo(range(0, 0, 0, 0));
    assertThat(Diagnostics.nameAt(JAVA, 3, 40, true)).isEqualTo(range(2, 1, 2, 1));
  }

  @Test
  void severitiesMapOneToOneAndANoteIsInformation() {
    assertThat(Diagnostics.severity(Severity.ERROR)).isEqualTo(DiagnosticSeverity.Error);
    assertThat(Diagnostics.severity(Severity.WARNING)).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(Diagnostics.severity(Severity.NOTE)).isEqualTo(DiagnosticSeverity.Information);
  }

  @Test
  void findingsCarryCodeLinkAndOriginsAndErrorsNoCode(@TempDir Path root) {
    Diagnostics diagnostics = new Diagnostics(new RuleLinks("https://x.test/{rule}", root), root);
    Finding finding = new Finding("SparkUnboundedCollect", Severity.NOTE, "src/A.java", 2, 17,
        "`count()` ...", "bound it", "A#n", "rows.count()",
        List.of(new Finding.RelatedLocation("src/B.java", 7, "rows come from `B.rows()`")));
    AnalysisError error = new AnalysisError("src/A.java", 0, 0, "internal error in rule X");

    List<Diagnostic> shown = diagnostics.of(new FileAnalyzer.FileResult(List.of(finding),
        List.of(error), true), String.join("\n", JAVA), true);

    assertThat(shown).hasSize(2);
    assertThat(shown.get(0).getCode().getLeft()).isEqualTo("SparkUnboundedCollect");
    assertThat(shown.get(0).getMessage()).isEqualTo("`count()` .... Fix: bound it");
    assertThat(shown.get(0).getSeverity()).isEqualTo(DiagnosticSeverity.Information);
    assertThat(shown.get(0).getCodeDescription().getHref())
        .isEqualTo("https://x.test/SparkUnboundedCollect");
    assertThat(shown.get(0).getRelatedInformation().get(0).getLocation().getUri())
        .isEqualTo(root.resolve("src/B.java").toUri().toString());
    assertThat(shown.get(0).getRelatedInformation().get(0).getLocation().getRange().getStart())
        .isEqualTo(new Position(6, 0));
    assertThat(shown.get(1).getCode()).isNull();
    assertThat(shown.get(1).getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(shown.get(1).getRange()).isEqualTo(range(0, 0, 0, 0));
  }

  @Test
  void withoutATemplateTheLinkIsTheBundledPageWrittenOnce(@TempDir Path pages) throws Exception {
    RuleLinks links = new RuleLinks(null, pages);

    String href = links.href("SparkLargeTake").orElseThrow();

    assertThat(href).isEqualTo(pages.resolve("SparkLargeTake.md").toUri().toString());
    assertThat(java.nio.file.Files.readString(pages.resolve("SparkLargeTake.md")))
        .startsWith("# SparkLargeTake");
    assertThat(links.href("NoSuchRule")).isEmpty();
  }

  private static Range range(int line, int start, int endLine, int end) {
    return new Range(new Position(line, start), new Position(endLine, end));
  }
}
