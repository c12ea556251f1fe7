package io.github.sparklint.lsp;

import io.github.sparklint.core.report.RuleDocs;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** The hover over a finding's range: the finding, then its rule's page (Markdown). */
final class FindingHover {
  private FindingHover() {}

  /** The hover at {@code at} among a document's published {@code diagnostics}, if on a finding. */
  static Optional<Hover> at(List<Diagnostic> diagnostics, Position at) {
    for (Diagnostic d : diagnostics) {
      if (d.getCode() == null || !contains(d.getRange(), at)) {
        continue;
      }
      String ruleId = d.getCode().getLeft();
      String page = RuleDocs.markdown(ruleId).orElse("");
      String text = "**sparklint `" + ruleId + "`**: " + d.getMessage() + "\n\n---\n\n" + page;
      return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), d.getRange()));
    }
    return Optional.empty();
  }

  private static boolean contains(Range range, Position at) {
    return !before(at, range.getStart()) && !before(range.getEnd(), at);
  }

  private static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine()
        || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
  }
}
