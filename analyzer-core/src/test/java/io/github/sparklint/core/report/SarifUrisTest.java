package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** SARIF artifact URIs are RFC 3986 references: encoded, relative under the base, else file:. */
class SarifUrisTest {
  @Test
  void plainRepositoryPathsAreUnchangedAndRelativeToSrcroot() {
    JsonObject artifact = SarifUris.artifactLocation("src/main/java/jobs/Report_Job-2.java");

    assertThat(artifact.get("uri").getAsString()).isEqualTo("src/main/java/jobs/Report_Job-2.java");
    assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("SRCROOT");
  }

  @Test
  void spacesHashesPercentsAndNonAsciiArePercentEncoded() throws Exception {
    String file = "src/my jobs/#1 100%/Überblick?x=1&y.java";
    String uri = SarifUris.artifactLocation(file).get("uri").getAsString();

    assertThat(uri).isEqualTo("src/my%20jobs/%231%20100%25/%C3%9Cberblick%3Fx%3D1%26y.java");
    assertThat(new URI(uri).getPath()).isEqualTo(file);
    assertThat(new URI("file:///repo/").resolve(uri).getPath()).isEqualTo("/repo/" + file);
  }

  @Test
  void aColonInARelativePathIsEncodedSoItIsNotTakenForAScheme() throws Exception {
    String uri = SarifUris.artifactLocation("c:d/Job.java").get("uri").getAsString();

    assertThat(uri).isEqualTo("c%3Ad/Job.java");
    assertThat(new URI(uri).getScheme()).isNull();
  }

  @Test
  void filesOutsideTheBaseAreAbsoluteFileUrisWithoutABase() throws Exception {
    JsonObject unix = SarifUris.artifactLocation("/home/me/other repo/Job.java");
    JsonObject windows = SarifUris.artifactLocation("C:/Users/me/Job.java");
    JsonObject unc = SarifUris.artifactLocation("//server/share/Job.java");

    assertThat(unix.get("uri").getAsString()).isEqualTo("file:///home/me/other%20repo/Job.java");
    assertThat(unix.has("uriBaseId")).isFalse();
    assertThat(Path.of(new URI(unix.get("uri").getAsString())))
        .isEqualTo(Path.of("/home/me/other repo/Job.java"));
    assertThat(windows.get("uri").getAsString()).isEqualTo("file:///C:/Users/me/Job.java");
    assertThat(unc.get("uri").getAsString()).isEqualTo("file://server/share/Job.java");
  }

  @Test
  void theBaseDirectoryIsAFileUriEndingInASlash() {
    assertThat(SarifUris.directoryUri(Path.of("/work/my repo#2")))
        .isEqualTo("file:///work/my%20repo%232/");
    assertThat(SarifUris.directoryUri(Path.of("/"))).isEqualTo("file:///");
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreEncoded() throws Exception {
    String uri = SarifUris.artifactLocation("a\n\u001b[31m\ud800b.java").get("uri").getAsString();

    assertThat(uri).isEqualTo("a%0A%1B%5B31m%EF%BF%BDb.java");
    assertThat(new URI(uri).getPath()).isEqualTo("a\n\u001b[31m\ufffdb.java");
  }
}
