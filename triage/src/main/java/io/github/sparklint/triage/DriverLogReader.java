package io.github.sparklint.triage;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a driver log (spark-submit output, a YARN or Kubernetes container log, a bare stack trace)
 * line by line and hands each record, with the trace lines that continue it, to a sink. Memory is
 * bounded by one record: a record keeps at most {@value #MAX_TEXT} characters and
 * {@value #MAX_FRAMES} frames, so a log of any size streams through.
 */
final class DriverLogReader {
  static final int MAX_TEXT = 16_384;
  static final int MAX_FRAMES = 400;
  private static final Set<String> QUIET_LEVELS = Set.of("INFO", "DEBUG", "TRACE");
  private static final Pattern GOT_JOB = Pattern.compile("^Got job (\\d+) \\((.+)\\) with \\d+ output partitions");
  private static final Pattern LOCAL_EXECUTOR = Pattern.compile("^Starting executor ID driver on host ");
  private static final Pattern REMOTE_EXECUTOR = Pattern.compile(
      "^Registered executor .* with ID (?!driver\\b)|^Submitted application application_|"
          + "^(?:Requesting|Going to request) \\d+ executors? (?:from|pods)");

  private final EvidenceSink sink;
  private String log;
  private long start;
  private String source;
  private boolean quiet;
  private StringBuilder text;
  private List<String> frames;

  DriverLogReader(EvidenceSink sink) {
    this.sink = sink;
  }

  /** Reads {@code file} (named {@code name} in what is reported) to its end. */
  void read(Path file, String name, BufferedReader reader) throws LogReadException {
    log = name;
    try {
      LogLines.each(file, reader, (number, raw) -> line(number, LogLayout.strip(raw)));
    } finally {
      flush();
    }
  }

  private void line(long number, String line) {
    String[] record = LogLayout.record(line);
    if (record != null) {
      flush();
      begin(number, record[1], record[2]);
      quiet = QUIET_LEVELS.contains(record[0]);
      watch(record[2]);
      return;
    }
    String frame = LogLayout.frame(line);
    if (frame != null) {
      if (text == null) {
        begin(number, "", "");
      }
      if (frames.size() < MAX_FRAMES) {
        frames.add(frame);
      }
      return;
    }
    if (LogLayout.isElision(line) || line.isBlank()) {
      return;
    }
    String thread = LogLayout.thread(line);
    if (thread != null || text == null && LogLayout.isHeader(line)) {
      flush();
      begin(number, thread == null ? "" : thread, line);
    } else if (text != null && text.length() < MAX_TEXT) {
      text.append('\n').append(line, 0, Math.min(line.length(), MAX_TEXT - text.length()));
    }
  }

  private void watch(String message) {
    Matcher job = GOT_JOB.matcher(message);
    if (job.lookingAt()) {
      sink.jobStarted(Integer.parseInt(job.group(1)), job.group(2), Optional.empty());
    } else if (LOCAL_EXECUTOR.matcher(message).lookingAt()) {
      sink.localMode();
    } else if (REMOTE_EXECUTOR.matcher(message).lookingAt()) {
      sink.clusterMode();
    }
  }

  private void begin(long number, String from, String first) {
    start = number;
    source = from;
    quiet = false;
    text = new StringBuilder(first.length() > MAX_TEXT ? first.substring(0, MAX_TEXT) : first);
    frames = new ArrayList<>();
  }

  /**
   * Hands the record on; an INFO (or quieter) record with no trace and no second line is passed
   * over: it names no failure by itself (jobs are watched as records arrive), and skipping it keeps
   * the time per line of a large log low.
   */
  private void flush() {
    if (text != null && quiet && frames.isEmpty() && text.indexOf("\n") < 0) {
      text = null;
      frames = null;
    } else if (text != null) {
      sink.evidence(new Evidence(log, start, source, text.toString(), frames));
      text = null;
      frames = null;
    }
  }
}
