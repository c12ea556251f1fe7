package io.github.sparklint.core.run;

import com.github.javaparser.Problem;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors a file's analysis reports instead of findings: each names the file, and the line when
 * known.
 */
final class FileErrors {
  private static final int MAX_MESSAGE = 200;
  /** How an error about a file javac compiles but sparklint's parser cannot read begins. */
  private static final String UNSUPPORTED = "sparklint cannot analyze this construct";
  /** Lexical errors (an unterminated string, say) carry their position only in the message. */
  private static final Pattern LEXICAL_POSITION =
      Pattern.compile("at line (\\d{1,9}), column (\\d{1,9})");

  private FileErrors() {}

  /** A file whose nesting overflowed the parser's stack. */
  static AnalysisError tooDeep(String file) {
    return new AnalysisError(file, 0, 0, "code is nested too deeply to parse; file skipped");
  }

  /** A file the parser threw on instead of reporting problems. */
  static AnalysisError parserFailure(String file, RuntimeException e) {
    return new AnalysisError(file, 0, 0,
        "cannot parse: " + shorten(String.valueOf(e.getMessage())));
  }

  /** The error reported when {@code rule} throws on {@code file}; the other rules still run. */
  static AnalysisError ruleFailure(String file, Rule rule, Throwable e) {
    return new AnalysisError(file, 0, 0, "internal error in rule " + rule.id() + " ("
        + e.getClass().getSimpleName() + ": " + shorten(String.valueOf(e.getMessage()))
        + "); the other rules still ran. Please report this.");
  }

  /**
   * The error for a file JavaParser rejected: a syntax error, or, when javac parses the file
   * ({@code javacParses}), a construct sparklint cannot analyze yet, at JavaParser's position.
   */
  static AnalysisError parseError(String file, List<Problem> problems, boolean javacParses) {
    if (problems.isEmpty()) {
      return new AnalysisError(file, 0, 0, "cannot parse this file");
    }
    Problem first = problems.get(0);
    Optional<com.github.javaparser.Position> begin = first.getLocation()
        .flatMap(t -> t.toRange()).map(r -> r.begin);
    String message = first.getMessage().lines().findFirst().orElse("syntax error");
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
    Matcher lexical = LEXICAL_POSITION.matcher(message);
    boolean fromText = begin.isEmpty() && lexical.find();
    int line = fromText ? Integer.parseInt(lexical.group(1)) : begin.map(p -> p.line).orElse(0);
    int column = fromText ? Integer.parseInt(lexical.group(2)) : begin.map(p -> p.column).orElse(0);
    String what = javacParses ? UNSUPPORTED + " (javac accepts it, sparklint's Java parser does "
        + "not yet: " : "syntax error: ";
    return new AnalysisError(file, line, column,
        what + shorten(message) + more + (javacParses ? ")" : ""));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }
}
