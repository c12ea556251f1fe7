package io.github.sparklint.cli;

import io.github.sparklint.core.report.ConsoleReport;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command with captured streams.
 *
 * @param exitCode what {@code main} would exit with
 * @param out everything written to stdout
 * @param err everything written to stderr
 */
record CommandRun(int exitCode, String out, String err) {

  /** {@code out} with each wrapped finding joined back into one line. */
  String unwrapped() {
    return out.replace("\n" + ConsoleReport.INDENT, " ");
  }

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CommandRun(code, out.toString(), err.toString());
  }
}
