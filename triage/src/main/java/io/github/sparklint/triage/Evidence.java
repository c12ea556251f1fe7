package io.github.sparklint.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a log that may show a cause: a log record with the lines that continue it (an
 * exception's header, its {@code Caused by:} lines and frames), a bare stack trace, or an event
 * of an event log.
 *
 * @param log the log file it came from, as the user named it
 * @param line 1-based line of the record in that file
 * @param source the logger ({@code TaskSetManager}), the thread of a bare trace, or the event
 * @param text the message and every exception header, one per line
 * @param frames the stack frames, {@code class.method(File.java:12)}, outermost exception first
 */
record Evidence(String log, long line, String source, String text, List<String> frames) {
  Evidence {
    frames = List.copyOf(frames);
  }

  /**
   * Evidence from a printed message that may hold a stack trace ({@code \tat} lines become
   * frames, the other lines text), bounded as a driver log's records are.
   */
  static Evidence ofPrinted(String log, long line, String source, String printed) {
    StringBuilder text = new StringBuilder();
    List<String> frames = new ArrayList<>();
    for (String part : printed.split("\n")) {
      String frame = LogLayout.frame(part);
      if (frame != null) {
        if (frames.size() < DriverLogReader.MAX_FRAMES) {
          frames.add(frame);
        }
      } else if (!LogLayout.isElision(part) && text.length() < DriverLogReader.MAX_TEXT) {
        text.append(text.length() == 0 ? "" : "\n").append(part);
      }
    }
    return new Evidence(log, line, source, text.toString(), frames);
  }
}
