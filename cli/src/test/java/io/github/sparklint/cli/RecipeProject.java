package io.github.sparklint.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A user's repository for the CI recipes' tests (docs/ci): the recipe scripts copied where a
 * recipe's file says they are, and commands run with bash in it as the CI tool would, with the
 * real shaded CLI jar as {@code SPARKLINT_JAR} (getting the jar by its coordinates is the
 * {@code cli-jar} integration test's part) and this JVM's {@code java} first on the PATH.
 */
final class RecipeProject {
  /** The root of the sparklint repository (the tests run in the cli module). */
  static final Path REPO = Path.of("").toAbsolutePath().getParent();
  /** The recipes. */
  static final Path CI = REPO.resolve("docs/ci");
  /** The recipe scripts a user copies into one directory of the repository. */
  private static final List<String> SCRIPTS =
      List.of("sparklint-ci.sh", "sparklint-common.sh", "sparklint-pre-commit.sh");

  private final Path root;

  RecipeProject(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** Copies the recipe scripts into {@code dir} (relative to the project), as the docs say. */
  RecipeProject withScriptsIn(String dir) throws IOException {
    Path target = Files.createDirectories(root.resolve(dir));
    for (String script : SCRIPTS) {
      Files.copy(CI.resolve(script), target.resolve(script), StandardCopyOption.COPY_ATTRIBUTES);
    }
    return this;
  }

  /** Writes {@code text} to {@code path} (relative to the project). */
  RecipeProject write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }

  /** Runs {@code command} with {@code bash -c} in the project with {@code env} added. */
  ScriptRun bash(String command, Map<String, String> env) throws IOException {
    return run(List.of("bash", "-c", command), env);
  }

  /**
   * Runs {@code command} in the project; stdout and stderr are read together. {@code env} wins
   * over the jar and PATH set here.
   */
  ScriptRun run(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true);
    builder.environment().put("SPARKLINT_JAR", CliJarIT.JAR.toString());
    builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin")
        + File.pathSeparator + System.getenv("PATH"));
    builder.environment().putAll(env);
    Path log = Files.createTempFile("sparklint-recipe", ".log");
    try {
      Process process = builder.redirectOutput(log.toFile()).start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("did not finish in 180 s: " + command);
      }
      return new ScriptRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A recipe's YAML file, read as the tools read it (plain data, no custom tags). */
  static Object yaml(Path file) throws IOException {
    return new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** A map inside a YAML document, failing with its name when it is something else. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String what) {
    if (!(node instanceof Map)) {
      throw new AssertionError(what + " is not a mapping: " + node);
    }
    return new HashMap<>((Map<String, Object>) node);
  }

  /** A finished command: exit code and everything it printed. */
  record ScriptRun(int exitCode, String output) {}
}
