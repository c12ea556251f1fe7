package io.github.sparklint.cli;

import io.github.sparklint.core.report.ConsoleStyle;
import io.github.sparklint.core.report.ProgressText;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What the CLI runs on: whether a person watches (a terminal: colours, a live progress line) and
 * the environment ({@code NO_COLOR}, {@code TERM}, {@code COLUMNS}).
 *
 * @param interactive whether standard input and output are a terminal
 * @param env the environment variables
 */
record Terminal(boolean interactive, Map<String, String> env) {
  /** A pipe: no colours, progress as an occasional log line. */
  static final Terminal NONE = new Terminal(false, Map.of());

  Terminal {
    env = Map.copyOf(env);
  }

  /** The process's own terminal and environment. */
  static Terminal detect() {
    return new Terminal(System.console() != null, System.getenv());
  }

  /** How findings are printed here. */
  ConsoleStyle style(String explainCommand) {
    return ConsoleStyle.detect(interactive, env, explainCommand);
  }

  /** Progress for {@code err}: a live line on a terminal, else a line every few seconds. */
  ProgressText progress(PrintWriter err, boolean quiet) {
    return new ProgressText(quiet ? line -> {} : line -> {
      if (line.startsWith("\r") || line.equals("\n")) {
        err.print(line);
      } else {
        err.println(line);
      }
      err.flush();
    }, interactive, System::nanoTime);
  }
}
