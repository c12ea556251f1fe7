package io.github.sparklint.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** Triages one log: opens it, tells a driver log from an event log, reads it to its end. */
final class LogTriager {
  private LogTriager() {}

  /** The causes in {@code file}, named {@code name} in what is reported. */
  static LogTriage triage(Path file, String name) throws LogReadException {
    TriageCollector collector = new TriageCollector();
    boolean eventLog;
    try (BufferedReader reader = LogInput.open(file)) {
      reader.mark(1 << 15);
      String first = firstLine(file, reader);
      reader.reset();
      eventLog = EventLogReader.isEventLog(first);
      if (eventLog) {
        new EventLogReader(collector).read(file, name, reader);
      } else {
        new DriverLogReader(collector).read(file, name, reader);
      }
    } catch (LogReadException e) {
      throw e;
    } catch (IOException e) {
      throw new LogReadException(file, "cannot read: " + e.getMessage(), e);
    }
    return new LogTriage(name, eventLog, collector.localModeSeen(), collector.diagnoses(),
        collector.metrics());
  }

  private static String firstLine(Path file, BufferedReader reader) throws LogReadException {
    try {
      char[] head = new char[(1 << 15) - 1];
      int n = reader.read(head);
      if (n <= 0) {
        throw new LogReadException(file, "empty log");
      }
      String text = new String(head, 0, n);
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline);
    } catch (LogReadException e) {
      throw e;
    } catch (IOException e) {
      throw new LogReadException(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
