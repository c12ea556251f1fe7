package io.github.sparklint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.rules.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Error Prone as users run it: real javac with {@code -Xplugin:ErrorProne} and the sparklint checks
 * on the processor path, compiling a {@link ParityCase}'s sources. A finding's severity is the
 * kind of its javac diagnostic: error, warning, or note (Error Prone's suggestion).
 */
final class ErrorProneFront {
  private static final Pattern RULE_PREFIX = Pattern.compile("^\\[(Spark\\w+)\\] ");

  private ErrorProneFront() {}

  static TreeSet<String> findings(ParityCase parityCase) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> sources;
    try (Stream<Path> walk = Files.walk(parityCase.sources())) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    Path out = Files.createTempDirectory("sparklint-parity");
    String classpath = System.getProperty("java.class.path");
    List<String> options = List.of(
        "-d", out.toString(), "-classpath", classpath, "-processorpath", classpath,
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", plugin(parityCase));
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources)).call();
    }
    TreeSet<String> found = new TreeSet<>();
    boolean otherErrors = false;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      Matcher rule = RULE_PREFIX.matcher(d.getMessage(Locale.ROOT));
      if (d.getSource() != null && rule.find()) {
        found.add(parityCase.line(Path.of(d.getSource().toUri()), (int) d.getLineNumber(),
            rule.group(1), severity(d.getKind())));
      } else {
        otherErrors |= d.getKind() == Diagnostic.Kind.ERROR;
      }
    }
    assertThat(otherErrors).as("javac errors other than sparklint's: " + diagnostics.getDiagnostics())
        .isFalse();
    assertThat(compiled).as("compiles unless a sparklint finding is an error")
        .isEqualTo(found.stream().noneMatch(f -> f.endsWith(":error")));
    return found;
  }

  /**
   * The plugin's flags. examples/ reports every sparklint check, and only those, as a warning (its
   * golden list has no severities); the configured tree runs Error Prone with no flag at all, so
   * its sparklint.yaml alone sets the checks' levels, as in a user's build.
   */
  private static String plugin(ParityCase parityCase) {
    if (parityCase.comparesSeverities()) {
      return "-Xplugin:ErrorProne";
    }
    StringBuilder sb = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (String id : RuleRegistry.ids()) {
      sb.append(" -Xep:").append(id).append(":WARN");
    }
    return sb.toString();
  }

  private static String severity(Diagnostic.Kind kind) {
    return switch (kind) {
      case ERROR -> "error";
      case WARNING, MANDATORY_WARNING -> "warning";
      default -> "note";
    };
  }
}
