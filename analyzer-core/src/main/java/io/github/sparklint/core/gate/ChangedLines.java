package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines added or changed in the working tree since a git ref ({@code git diff --unified=0
 * REF}), for pull-request checks that report only what the change touched. Untracked files count
 * as wholly changed; renamed files count only for the lines that changed.
 */
public final class ChangedLines {
  private static final Pattern HUNK = Pattern.compile("^@@ -\\S+ \\+(\\d+)(?:,(\\d+))? @@");

  private final Map<Path, BitSet> lines;
  private final Set<Path> wholeFiles;

  private ChangedLines(Map<Path, BitSet> lines, Set<Path> wholeFiles) {
    this.lines = lines;
    this.wholeFiles = wholeFiles;
  }

  /**
   * The lines changed since {@code ref} in the git work tree holding {@code dir}.
   *
   * @throws ConfigException when {@code dir} is not in a git work tree, git is missing, or the ref
   *     is unknown
   */
  public static ChangedLines since(Path dir, String ref) {
    return since(dir, ref, "--new-since");
  }

  /** As {@link #since(Path, String)}; errors name the setting {@code setting} (a front's spelling). */
  public static ChangedLines since(Path dir, String ref, String setting) {
    if (ref == null || ref.isBlank() || ref.startsWith("-")) {
      throw new ConfigException(setting + " needs a git ref such as origin/main, got '" + ref + "'");
    }
    GitCommand.Output top = GitCommand.run(dir, "rev-parse", "--show-toplevel");
    if (!top.ok()) {
      throw new ConfigException(setting + " " + ref + ": " + dir + " is not inside a git work tree ("
          + top.stderr() + ")");
    }
    Path root = Path.of(top.stdout().trim()).toAbsolutePath().normalize();
    GitCommand.Output verify = GitCommand.run(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (!verify.ok()) {
      throw new ConfigException(setting + ": git does not know the ref '" + ref
          + "' (fetch it first, e.g. git fetch origin; in GitHub Actions use actions/checkout"
          + " with fetch-depth: 0)");
    }
    GitCommand.Output diff = GitCommand.run(root, "-c", "core.quotePath=false", "diff",
        "--unified=0", "--no-color", "--no-ext-diff", "--find-renames", verify.stdout().trim(), "--");
    if (!diff.ok()) {
      throw new ConfigException(setting + " " + ref + ": git diff failed: " + diff.stderr());
    }
    GitCommand.Output untracked = GitCommand.run(root, "-c", "core.quotePath=false", "ls-files",
        "--others", "--exclude-standard");
    if (!untracked.ok()) {
      throw new ConfigException(setting + " " + ref + ": git ls-files failed: " + untracked.stderr());
    }
    Set<Path> whole = new HashSet<>();
    untracked.stdout().lines().filter(l -> !l.isBlank())
        .forEach(l -> whole.add(root.resolve(unquote(l)).normalize()));
    return new ChangedLines(parse(root, diff.stdout()), whole);
  }

  /** The added lines per file of a {@code --unified=0} diff whose paths are relative to {@code root}. */
  static Map<Path, BitSet> parse(Path root, String diff) {
    Map<Path, BitSet> result = new HashMap<>();
    BitSet current = null;
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("+++ ")) {
        String target = line.substring(4);
        current = null;
        if (!target.equals("/dev/null")) {
          String path = unquote(target);
          path = path.startsWith("b/") ? path.substring(2) : path;
          current = result.computeIfAbsent(root.resolve(path).normalize(), p -> new BitSet());
        }
        continue;
      }
      Matcher hunk = HUNK.matcher(line);
      if (current != null && hunk.find()) {
        int start = Integer.parseInt(hunk.group(1));
        int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
        if (count > 0) {
          current.set(start, start + count);
        }
      }
    }
    return result;
  }

  /** Whether {@code line} of {@code file} changed; a line of 0 or less means "any line". */
  public boolean contains(Path file, int line) {
    Path abs = file.toAbsolutePath().normalize();
    if (wholeFiles.contains(abs)) {
      return true;
    }
    BitSet changed = lines.get(abs);
    if (changed == null) {
      return false;
    }
    return line <= 0 ? !changed.isEmpty() : changed.get(line);
  }

  /** The findings on changed lines; finding paths are relative to {@code baseDir}. */
  public List<Finding> filter(List<Finding> findings, Path baseDir) {
    return findings.stream().filter(f -> contains(baseDir.resolve(f.file()), f.line())).toList();
  }

  private static String unquote(String path) {
    if (path.length() < 2 || !path.startsWith("\"") || !path.endsWith("\"")) {
      return path;
    }
    return path.substring(1, path.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\")
        .replace("\\t", "\t");
  }
}
