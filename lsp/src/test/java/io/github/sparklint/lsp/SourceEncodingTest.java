package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which encoding the server reads sources on disk in: its option, the POM's, else UTF-8. */
class SourceEncodingTest {
  @TempDir Path workspace;

  /** A POM whose {@code <properties>} say {@code encoding}. */
  private Path pom(String properties) throws Exception {
    return Files.writeString(workspace.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>jobs</artifactId>
          <version>1</version>
          %s
        </project>
        """.formatted(properties));
  }

  @Test
  void withoutOptionOrPomSourcesAreUtf8() throws Exception {
    assertThat(SourceEncoding.of(null, null))
        .isEqualTo(new SourceEncoding(StandardCharsets.UTF_8, java.util.Optional.empty()));
    assertThat(SourceEncoding.of(" ", workspace).charset()).isEqualTo(StandardCharsets.UTF_8);
    pom("<properties><spark.version>3.5.1</spark.version></properties>");
    assertThat(SourceEncoding.of(null, workspace).problem()).isEmpty();
    assertThat(SourceEncoding.of(null, workspace).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void thePomsSourceEncodingIsTheDefault() throws Exception {
    pom("<properties><project.build.sourceEncoding> ISO-8859-1 </project.build.sourceEncoding>"
        + "</properties>");

    SourceEncoding encoding = SourceEncoding.of(null, workspace);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(encoding.problem()).isEmpty();
  }

  @Test
  void theOptionWinsOverThePom() throws Exception {
    pom("<properties><project.build.sourceEncoding>UTF-16</project.build.sourceEncoding>"
        + "</properties>");

    assertThat(SourceEncoding.of("windows-1252", workspace).charset().name())
        .isEqualTo("windows-1252");
  }

  @Test
  void aPropertyOfAProfileOrAnotherElementIsNotTheProjects() throws Exception {
    pom("""
        <profiles><profile><id>legacy</id><properties>
          <project.build.sourceEncoding>ISO-8859-1</project.build.sourceEncoding>
        </properties></profile></profiles>
        <build><project.build.sourceEncoding>UTF-16</project.build.sourceEncoding></build>""");

    assertThat(SourceEncoding.of(null, workspace).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownOptionIsAProblemNamingItAndSourcesAreReadAsUtf8() {
    SourceEncoding encoding = SourceEncoding.of("latin-ninety", workspace);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.problem()).hasValueSatisfying(problem -> assertThat(problem)
        .contains("the initialization option encoding has value 'latin-ninety'")
        .contains("not a character encoding").contains("files are read as UTF-8"));
  }

  @Test
  void aPomPropertyTheServerCannotUseIsAProblem() throws Exception {
    pom("<properties><project.build.sourceEncoding>${enc}</project.build.sourceEncoding>"
        + "</properties>");
    assertThat(SourceEncoding.of(null, workspace).problem()).hasValueSatisfying(problem ->
        assertThat(problem).contains("project.build.sourceEncoding in " + workspace)
            .contains("'${enc}', an expression the server does not resolve")
            .contains("set the language server's initialization option encoding"));

    Files.writeString(workspace.resolve("pom.xml"), "<project><properties>");
    assertThat(SourceEncoding.of(null, workspace).problem()).hasValueSatisfying(problem ->
        assertThat(problem).contains("cannot be read for its project.build.sourceEncoding"));
    assertThat(SourceEncoding.of(null, workspace).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aPomWithADoctypeIsRefusedNotExpanded() throws Exception {
    Files.writeString(workspace.resolve("pom.xml"), """
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY enc "ISO-8859-1">]>
        <project><properties>
          <project.build.sourceEncoding>&enc;</project.build.sourceEncoding>
        </properties></project>
        """);

    SourceEncoding encoding = SourceEncoding.of(null, workspace);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.problem()).isPresent();
  }
}
