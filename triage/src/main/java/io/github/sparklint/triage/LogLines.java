package io.github.sparklint.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** Feeds a log's lines, numbered from 1, to a handler; a read failure names the file and line. */
final class LogLines {
  /** Takes one line. */
  interface Handler {
    void line(long number, String line) throws LogReadException;
  }

  private LogLines() {}

  static void each(Path file, BufferedReader reader, Handler handler) throws LogReadException {
    long number = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        handler.line(number, line);
      }
    } catch (IOException e) {
      throw new LogReadException(file, "cannot read past line " + number + ": " + e.getMessage(), e);
    }
  }
}
