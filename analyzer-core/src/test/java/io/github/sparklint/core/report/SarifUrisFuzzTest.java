package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Fuzzes the SARIF artifact URIs with arbitrary reported paths: every URI is an RFC 3986 reference
 * that {@link URI} parses, relative (with the {@code SRCROOT} base) exactly when the path is, and
 * decodes back to the path (a lone surrogate as U+FFFD). Seeds: {@code SarifUrisFuzzTestInputs/};
 * how to fuzz: see {@code AnalyzerFuzzTest}.
 */
class SarifUrisFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void everyPathGivesAUriReferenceThatDecodesBack(FuzzedDataProvider data)
      throws URISyntaxException {
    String path = data.consumeRemainingAsString();

    JsonObject artifact = SarifUris.artifactLocation(path);
    URI uri = new URI(artifact.get("uri").getAsString());

    assertThat(artifact.get("uri").getAsString()).matches("[A-Za-z0-9._~/:%-]*");
    if (SarifUris.isAbsolute(path)) {
      assertThat(uri.getScheme()).isEqualTo("file");
      assertThat(artifact.has("uriBaseId")).isFalse();
      if (!path.startsWith("//")) {
        assertThat(uri.getPath()).endsWith(wellFormed(path));
      }
    } else {
      assertThat(uri.getScheme()).isNull();
      assertThat(uri.getPath()).isEqualTo(wellFormed(path));
      assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo(SarifUris.SRCROOT);
    }
  }

  /** {@code text} with each lone surrogate replaced by U+FFFD. */
  private static String wellFormed(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.appendCodePoint(
        Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp) ? 0xFFFD : cp));
    return sb.toString();
  }
}
