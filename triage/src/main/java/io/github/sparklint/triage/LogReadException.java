package io.github.sparklint.triage;

import java.io.IOException;
import java.nio.file.Path;

/** A log that cannot be read: the message names the file and what is wrong with it. */
public final class LogReadException extends IOException {
  private static final long serialVersionUID = 1L;

  LogReadException(Path file, String problem) {
    super(file + ": " + problem);
  }

  LogReadException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
