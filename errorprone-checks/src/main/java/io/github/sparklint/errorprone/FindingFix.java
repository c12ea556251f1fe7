package io.github.sparklint.errorprone;

import com.google.errorprone.fixes.SuggestedFix;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import io.github.sparklint.core.fix.TextOffsets;
import java.util.Optional;

/**
 * A finding's automatic fix as an Error Prone {@link SuggestedFix}, so that {@code
 * -XepPatchChecks:<RuleId> -XepPatchLocation:IN_PLACE} applies it. The core computed the edits on
 * the very text javac compiles, so their lines and columns are offsets of this source.
 */
final class FindingFix {
  private FindingFix() {}

  /** The fix of {@code finding} in {@code source}; empty when it has none or does not fit. */
  static Optional<SuggestedFix> of(CharSequence source, Finding finding) {
    SourceFix fix = finding.autoFix();
    if (fix.isEmpty()) {
      return Optional.empty();
    }
    TextOffsets offsets = TextOffsets.of(source);
    SuggestedFix.Builder builder = SuggestedFix.builder().setShortDescription(fix.description());
    try {
      for (TextEdit edit : fix.edits()) {
        builder.replace(offsets.start(edit), offsets.end(edit), edit.replacement());
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(builder.build());
  }
}
