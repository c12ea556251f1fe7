package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.cli.RecipeProject.ScriptRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook (.pre-commit-hooks.yaml at the repository root, running
 * docs/ci/sparklint-pre-commit.sh) in a real git repository: run by {@code git commit} through the
 * plain hook docs/ci/git-pre-commit, and, where the pre-commit tool is installed (CI installs
 * Debian's, see .ci/run), through {@code pre-commit try-repo} itself.
 */
class PreCommitHookIT {
  private static final Path MANIFEST = RecipeProject.REPO.resolve(".pre-commit-hooks.yaml");
  private static final String RISKY = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      final class Risky {
        static List<Row> all(org.apache.spark.sql.SparkSession spark) { Dataset<Row> table = spark.table("t");
          return table.collectAsList();
        }
      }
      """;
  private static final String CLEAN = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      final class Clean {
        static List<Row> few(Dataset<Row> table) {
          return table.limit(10).collectAsList();
        }
      }
      """;
  private static final String RISKY_FINDING =
      "src/jobs/Risky.java:9:18: warning: [SparkUnboundedCollect]";

  @TempDir Path dir;
  private RecipeProject repo;
  private Map<String, Object> hook;

  @BeforeEach
  void gitRepositoryWithARiskyAndACleanFile() throws IOException {
    List<?> hooks = (List<?>) RecipeProject.yaml(MANIFEST);
    assertThat(hooks).hasSize(1);
    hook = RecipeProject.map(hooks.get(0), "the hook");
    repo = new RecipeProject(dir).withScriptsIn("ci/sparklint")
        .write("src/jobs/Risky.java", RISKY).write("src/jobs/Clean.java", CLEAN)
        .write("README.md", "a job\n");
    git("init", "-q", ".");
    git("-c", "user.name=sparklint", "-c", "user.email=sparklint@example.invalid", "commit", "-q",
        "--allow-empty", "-m", "start");
    Files.copy(RecipeProject.CI.resolve("git-pre-commit"), dir.resolve(".git/hooks/pre-commit"),
        StandardCopyOption.COPY_ATTRIBUTES);
  }

  @Test
  void theManifestHasTheKeysPreCommitReads() {
    assertThat(hook).containsKeys("id", "name", "entry", "language", "files");
    assertThat(hook.get("id")).isEqualTo("sparklint");
    assertThat(hook.get("language")).isIn("script", "system");
    assertThat(hook.get("pass_filenames")).isEqualTo(true);
    Path entry = entry();
    assertThat(Files.isExecutable(entry)).as(entry + " is executable, as language: script needs")
        .isTrue();
    Pattern files = Pattern.compile((String) hook.get("files"));
    assertThat(Stream.of("src/jobs/Risky.java", "Job.java", "Job.java.orig", "README.md", "java")
        .filter(f -> files.matcher(f).find())).containsExactly("src/jobs/Risky.java", "Job.java");
  }

  @Test
  void aStagedCleanFileIsCommittedWhileAnUnstagedRiskyOneIsNotLookedAt() throws IOException {
    git("add", "src/jobs/Clean.java", "README.md");

    ScriptRun run = commit();

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("sparklint: 0 findings in 1 file analyzed")
        .doesNotContain("Risky");
  }

  @Test
  void aStagedRiskyFileStopsTheCommitNamingTheFinding() throws IOException {
    git("add", "src/jobs/Clean.java", "src/jobs/Risky.java");

    ScriptRun run = commit();

    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains(RISKY_FINDING)
        .contains("sparklint: 1 finding in 2 files analyzed");
    assertThat(git("log", "--format=%s").output()).isEqualTo("start\n");
  }

  @Test
  void aFindingBelowTheGateSeverityDoesNotStopTheCommit() throws IOException {
    repo.write("sparklint.yaml", "failOn: error\n");
    git("add", "src/jobs/Risky.java");

    ScriptRun run = commit();

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains(RISKY_FINDING);
  }

  @Test
  void noFilesIsNothingToDoWithoutMaven() throws IOException {
    ScriptRun run = repo.run(List.of(entry().toString()),
        Map.of("SPARKLINT_JAR", "", "MVN", "false"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).isEmpty();
  }

  @Test
  void preCommitTryRepoRunsTheHookOnTheStagedFiles() throws IOException {
    Assumptions.assumeTrue("true".equals(System.getenv("CI")) || onPath("pre-commit"),
        "pre-commit is not installed: this part is skipped here; CI installs it (.ci/run)");
    Map<String, String> env = Map.of("PRE_COMMIT_HOME", dir.resolve(".pre-commit-home").toString());
    List<String> tryRepo = List.of("pre-commit", "try-repo", RecipeProject.REPO.toString(),
        "sparklint");
    git("add", "src/jobs/Clean.java");

    ScriptRun clean = repo.run(tryRepo, env);
    git("add", "src/jobs/Risky.java");
    ScriptRun risky = repo.run(tryRepo, env);

    assertThat(clean.exitCode()).as(clean.output()).isZero();
    assertThat(clean.output()).containsPattern("sparklint\\.+Passed");
    assertThat(risky.exitCode()).as(risky.output()).isNotZero();
    assertThat(risky.output()).containsPattern("sparklint\\.+Failed").contains(RISKY_FINDING);
  }

  /** {@code git commit}, which runs the hook docs/ci/git-pre-commit installed in the setup. */
  private ScriptRun commit() throws IOException {
    return repo.run(List.of("git", "-c", "user.name=sparklint", "-c",
        "user.email=sparklint@example.invalid", "commit", "-q", "-m", "change"), Map.of());
  }

  private Path entry() {
    return RecipeProject.REPO.resolve((String) hook.get("entry"));
  }

  private ScriptRun git(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ScriptRun run = repo.run(command, Map.of());
    assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.output()).isZero();
    return run;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
