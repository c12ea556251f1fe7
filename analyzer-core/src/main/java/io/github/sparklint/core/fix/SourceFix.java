package io.github.sparklint.core.fix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A fix the rule that found a problem can make by itself, because it is mechanical and provably
 * keeps the code compiling: edits in the finding's own file and a short description of what they
 * do. Most findings have none ({@link #NONE}); their {@code fix} text says what a person must do.
 *
 * @param description what the edits do, e.g. "remove the `spark.driver.memory` setting"
 * @param edits the edits, none overlapping another
 * @param base the SHA-256 (hex) of the text the edits were computed on, set by the engine; a
 *     writer must refuse a file whose text no longer has it
 */
public record SourceFix(String description, List<TextEdit> edits, String base) {
  /** No automatic fix. */
  public static final SourceFix NONE = new SourceFix("", List.of());

  public SourceFix {
    description = Objects.requireNonNullElse(description, "");
    edits = edits == null ? List.of() : List.copyOf(edits);
    base = Objects.requireNonNullElse(base, "");
  }

  /** A fix whose base is not known yet (rules make these; the engine stamps them). */
  public SourceFix(String description, List<TextEdit> edits) {
    this(description, edits, "");
  }

  /** This fix, computed on {@code text}. */
  public SourceFix on(String text) {
    return isEmpty() ? this : based(hash(text));
  }

  /**
   * This fix, computed on the text whose {@link #hash} is {@code base}: the engine hashes a file
   * once for all the fixes found in it.
   */
  public SourceFix based(String base) {
    return isEmpty() ? this : new SourceFix(description, edits, base);
  }

  /** Whether this fix was computed on exactly {@code text}. */
  public boolean fits(String text) {
    return !base.isEmpty() && base.equals(hash(text));
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes, in hex. */
  public static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** Whether there is nothing to apply. */
  public boolean isEmpty() {
    return edits.isEmpty();
  }
}
