package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.fix.FixedText;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run's diff is one {@code git apply} turns into exactly what {@code --fix} writes. */
class UnifiedDiffTest {
  @TempDir Path repo;

  @Test
  void distantEditsGetTheirOwnHunksAndGitAppliesThem() throws Exception {
    String text = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i)
        .collect(Collectors.joining("\n")); // no line break at the end
    List<TextEdit> edits = List.of(
        new TextEdit(2, 1, 3, 1, ""),
        new TextEdit(3, 6, 3, 7, "three"),
        new TextEdit(20, 6, 20, 8, "twenty"));

    String diff = UnifiedDiff.of("Job.java", text, edits);

    assertThat(diff).startsWith("--- a/Job.java\n+++ b/Job.java\n@@ -1,6 +1,5 @@\n line 1\n"
        + "-line 2\n-line 3\n+line three\n line 4\n")
        .contains("@@ -17,4 +16,4 @@\n line 17\n")
        .endsWith("-line 20\n\\ No newline at end of file\n+line twenty\n"
            + "\\ No newline at end of file\n");
    assertThat(gitApply(text, diff))
        .isEqualTo(FixedText.apply(text, List.of(new SourceFix("test", edits))));
  }

  @Test
  void editsOnAdjacentLinesShowTheirOldLinesThenTheirNewOnes() throws Exception {
    String text = "a\nb\nc\nd\n";
    List<TextEdit> edits = List.of(new TextEdit(2, 1, 3, 1, ""), new TextEdit(3, 1, 3, 2, "C"));
    String diff = UnifiedDiff.of("Job.java", text, edits);
    assertThat(diff).endsWith("@@ -1,4 +1,3 @@\n a\n-b\n-c\n+C\n d\n");
    assertThat(gitApply(text, diff)).isEqualTo("a\nC\nd\n");
  }

  @Test
  void windowsLineEndingsStayInThePatch() throws Exception {
    String text = "a\r\nb\r\nc\r\n";
    List<TextEdit> edits = List.of(new TextEdit(2, 1, 3, 1, ""));
    assertThat(gitApply(text, UnifiedDiff.of("Job.java", text, edits))).isEqualTo("a\r\nc\r\n");
  }

  private String gitApply(String text, String diff) throws IOException, InterruptedException {
    Files.writeString(repo.resolve("Job.java"), text);
    Files.writeString(repo.resolve("fix.patch"), diff);
    Process git = new ProcessBuilder("git", "apply", "--unsafe-paths", "fix.patch")
        .directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor()).as("git apply: " + output).isZero();
    return Files.readString(repo.resolve("Job.java"));
  }
}
