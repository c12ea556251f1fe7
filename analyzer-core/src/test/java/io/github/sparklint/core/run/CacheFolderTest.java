package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pruning deletes only sparklint's own entry and temporary file names, only in a marked folder. */
class CacheFolderTest {
  private static final String HEX62 = "0123456789abcdef".repeat(4).substring(0, 62);

  @TempDir Path dir;

  @Test
  void aFolderWithoutTheMarkerIsNeverPruned() throws Exception {
    Path folder = Files.createDirectories(dir.resolve(CacheFolder.NAME));
    List<Path> files = List.of(
        old(folder.resolve("ab/" + HEX62 + ".json")),
        old(folder.resolve("ab/" + HEX62 + ".12.tmp")));

    CacheFolder.pruneIfDue(folder, Instant.now(), Duration.ofDays(30));

    assertThat(files).allSatisfy(file -> assertThat(file).exists());
    assertThat(folder.resolve("last-pruned")).doesNotExist();
  }

  @Test
  void aMarkedFolderLosesOnlyOldFilesWithSparklintsNames() throws Exception {
    Path folder = CacheFolder.open(dir);
    Path entry = old(CacheFolder.entry(folder, "ab" + HEX62));
    Path temp = old(folder.resolve("ab/" + HEX62 + ".12.tmp"));
    List<Path> kept = List.of(
        old(folder.resolve("ab/package.json")),
        old(folder.resolve("ab/" + HEX62 + "0.json")),
        old(folder.resolve("notes/" + HEX62 + ".json")),
        old(folder.resolve("abc/" + HEX62 + ".json")),
        old(folder.resolve(HEX62 + "ab.json")),
        old(folder.resolve("ab/draft.tmp")));

    CacheFolder.pruneIfDue(folder, Instant.now(), Duration.ofDays(30));

    assertThat(entry).doesNotExist();
    assertThat(temp).doesNotExist();
    assertThat(kept).allSatisfy(file -> assertThat(file).exists());
    assertThat(CacheFolder.isMarked(folder)).isTrue();
  }

  @Test
  void aMarkerWithOtherTextDoesNotCount() throws Exception {
    Path folder = Files.createDirectories(dir.resolve(CacheFolder.NAME));
    Files.writeString(folder.resolve(CacheFolder.MARKER),
        "Signature: 8a477f597d28d172789f06886806bc55\n# some other tool's cache\n");

    assertThat(CacheFolder.isMarked(folder)).isFalse();
  }

  private static Path old(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(400))));
    return file;
  }
}
