package io.github.sparklint.triage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of driver log lines: the container prefixes Kubernetes adds (CRI
 * {@code <time> stderr F }, {@code kubectl logs --timestamps}), Spark's log4j layouts (the default
 * {@code yy/MM/dd HH:mm:ss LEVEL Logger: message}, ISO dates, a {@code [thread]}), exception
 * headers and stack frames. YARN's aggregated logs keep the lines as written, with their own
 * header lines, which match nothing here.
 */
final class LogLayout {
  private static final Pattern CONTAINER_PREFIX = Pattern.compile(
      "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)"
          + "(?: (?:stdout|stderr) [FP])? ");
  private static final Pattern RECORD = Pattern.compile(
      "^\\d{2,4}[-/]\\d\\d[-/]\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?\\s+"
          + "(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\\s+(?:\\[[^\\]]*\\]\\s+)?([\\w.$-]+):\\s?(.*)$");
  private static final Pattern HEADER = Pattern.compile(
      "^(?:Exception in thread \"([^\"]*)\" |Caused by: |\\s*Suppressed: )?"
          + "([a-zA-Z_$][\\w$]*(?:\\.[a-zA-Z_$][\\w$]*)*(?:Exception|Error|Throwable)[\\w$]*)"
          + "(?::\\s.*)?$");
  private static final Pattern FRAME = Pattern.compile("^\\s+at (\\S.*)$");
  private static final Pattern MORE = Pattern.compile("^\\s+\\.\\.\\. \\d+ (?:more|common frames omitted)$");

  private LogLayout() {}

  /** {@code line} without a container runtime's prefix. */
  static String strip(String line) {
    Matcher m = CONTAINER_PREFIX.matcher(line);
    return m.lookingAt() ? line.substring(m.end()) : line;
  }

  /** A log4j record's {level, logger, message} (the logger without its package), or null. */
  static String[] record(String line) {
    Matcher m = RECORD.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String logger = m.group(2);
    return new String[] {m.group(1), logger.substring(logger.lastIndexOf('.') + 1), m.group(3)};
  }

  /** Whether {@code line} is an exception header (a thread's uncaught one, a cause, plain). */
  static boolean isHeader(String line) {
    return HEADER.matcher(line).matches();
  }

  /** The thread of an {@code Exception in thread "name"} header, or null. */
  static String thread(String line) {
    Matcher m = HEADER.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  /** The frame of a {@code \tat frame} line, or null. */
  static String frame(String line) {
    Matcher m = FRAME.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  /** Whether {@code line} is a trace's {@code ... 12 more}. */
  static boolean isElision(String line) {
    return MORE.matcher(line).matches();
  }
}
