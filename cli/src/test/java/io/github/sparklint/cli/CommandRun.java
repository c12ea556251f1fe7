package io.github.sparklint.cli;

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

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CommandRun(code, out.toString(), err.toString());
  }
}
