package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real git in a temporary repository. */
class ChangedLinesTest {
  @TempDir Path dir;

  private void git(String... args) {
    String[] full = new String[args.length + 4];
    full[0] = "-c";
    full[1] = "user.name=sparklint-test";
    full[2] = "-c";
    full[3] = "user.email=test@sparklint.invalid";
    System.arraycopy(args, 0, full, 4, args.length);
    GitCommand.Output out = GitCommand.run(dir, full);
    assertThat(out.ok()).as(out.stderr()).isTrue();
  }

  @Test
  void addedAndChangedLinesAndUntrackedFilesCountRemovedOnesDoNot() throws Exception {
    git("init", "-q");
    Path a = Files.createDirectories(dir.resolve("src")).resolve("A.java");
    Files.writeString(a, "one\ntwo\nthree\nfour\n");
    Files.writeString(dir.resolve("src/Gone.java"), "x\n");
    git("add", ".");
    git("commit", "-q", "-m", "first");
    Files.writeString(a, "one\nTWO\nthree\nextra\nfour\n");
    Files.delete(dir.resolve("src/Gone.java"));
    Files.writeString(dir.resolve("src/New File.java"), "new\n");

    ChangedLines changed = ChangedLines.since(dir.resolve("src"), "HEAD");

    assertThat(changed.contains(a, 1)).isFalse();
    assertThat(changed.contains(a, 2)).isTrue();
    assertThat(changed.contains(a, 3)).isFalse();
    assertThat(changed.contains(a, 4)).isTrue();
    assertThat(changed.contains(a, 5)).isFalse();
    assertThat(changed.contains(dir.resolve("src/New File.java"), 1)).isTrue();
    assertThat(changed.contains(dir.resolve("src/Gone.java"), 1)).isFalse();
  }

  @Test
  void unknownRefAndMissingRepositoryAreClearErrors() throws Exception {
    assertThatThrownBy(() -> ChangedLines.since(dir, "main"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("is not inside a git work tree");
    git("init", "-q");
    Files.writeString(dir.resolve("A.java"), "a\n");
    git("add", ".");
    git("commit", "-q", "-m", "first");
    assertThatThrownBy(() -> ChangedLines.since(dir, "no-such-branch"))
        .hasMessageStartingWith("--new-since: git does not know the ref 'no-such-branch'");
    assertThatThrownBy(() -> ChangedLines.since(dir, "--output=x"))
        .hasMessageContaining("needs a git ref");
  }

  @Test
  void parsesHunkHeadersWithAndWithoutCounts() {
    var parsed = ChangedLines.parse(dir, """
        diff --git a/X.java b/X.java
        --- a/X.java
        +++ b/X.java
        @@ -3 +3 @@ class X {
        @@ -10,2 +11,3 @@
        @@ -20,4 +22,0 @@
        """);
    assertThat(parsed.get(dir.resolve("X.java")).stream().boxed().toList())
        .containsExactly(3, 11, 12, 13);
  }
}
