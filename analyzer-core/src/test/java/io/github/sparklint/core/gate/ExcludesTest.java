package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sparklint.core.ConfigException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exclude globs match as the JDK's glob matcher does, in linear time whatever the pattern. */
class ExcludesTest {
  private static final Path ROOT = Path.of("/project");

  @Test
  void ordinaryGlobsMatchExactlyAsTheJdkMatcherDoes() {
    List<String> globs = List.of("**/generated/**", "generated/**", "legacy/*.java",
        "legacy/**/*.java", "src/*/Job?.java", "**/*Test.java", "src/[a-c]*/*.java",
        "src/[!a-c]*/*.java", "**/{gen,build}/**", "src/{A,B*}.java", "*.java", "**",
        "src/\\*.java", "src/[-x]*", "src/**/Main.java", "a/**/b/*");
    List<String> paths = List.of("generated/A.java", "m/target/generated/B.java",
        "legacy/C.java", "legacy/sub/C.java", "src/D.java", "src/x/Job1.java", "src/x/Job12.java",
        "src/x/y/Job1.java", "src/a/DTest.java", "src/b1/E.java", "src/d/E.java",
        "m/gen/F.java", "m/build/G.java", "src/A.java", "src/Bee.java", "src/C.java", "Top.java",
        "src/*.java", "src/-y", "src/Main.java", "src/x/y/Main.java", "a/b/c", "a/x/y/b/c",
        "a/b/c/d", "");
    for (String glob : globs) {
      var jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      Glob ours = Glob.compile(glob);
      for (String path : paths) {
        assertThat(ours.matches(path)).as("%s on %s", glob, path)
            .isEqualTo(jdk.matches(Path.of(path)));
      }
    }
  }

  @Test
  void aBacktrackingPatternMatchesInLinearTime() {
    String glob = "src/" + "*a".repeat(20) + "*b";
    Excludes excludes = Excludes.of(ROOT, List.of(glob));
    Path file = ROOT.resolve("src/" + "a".repeat(60) + ".java");

    // The JDK's regex-based matcher backtracks through every way of splitting the a's (hours).
    boolean excluded = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> excludes.excludes(file));

    assertThat(excluded).isFalse();
    assertThat(excludes.excludes(ROOT.resolve("src/" + "a".repeat(60) + "b"))).isTrue();
  }

  @Test
  void rootLevelMatchesForLeadingDoubleStarAndNothingOutsideTheRoot() {
    Excludes excludes = Excludes.of(ROOT, List.of("**/generated/**"));
    assertThat(excludes.excludes(ROOT.resolve("generated/A.java"))).isTrue();
    assertThat(excludes.excludes(ROOT.resolve("x/generated/A.java"))).isTrue();
    assertThat(excludes.excludes(Path.of("/elsewhere/generated/A.java"))).isFalse();
  }

  @Test
  void invalidGlobsAreConfigurationErrorsNamingTheGlob() {
    for (String glob : List.of("src/{a,b", "src/{a,{b}}", "src/[a-c", "src/[a/b]", "src/\\",
        "src/[z-a]")) {
      assertThatThrownBy(() -> Excludes.of(ROOT, List.of(glob)))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("exclude '" + glob + "' is not a valid glob: ");
    }
  }
}
