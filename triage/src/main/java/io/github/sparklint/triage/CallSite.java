package io.github.sparklint.triage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the user's code a log names: a job's call site ({@code collectAsList at Job.java:12})
 * or a stack frame ({@code jobs.Job.main(Job.java:12)}).
 *
 * @param action what ran there: the Spark method of a call site, the method of a frame
 * @param file the file name as logged, e.g. {@code Job.java}
 * @param line 1-based line
 * @param className the fully qualified class of a frame, empty for a call site
 */
record CallSite(String action, String file, int line, String className) {
  /** Code that is Spark's, Scala's, the JDK's or a library Spark runs on: never the user's line. */
  private static final List<String> FRAMEWORK = List.of("org.apache.spark.", "scala.", "java.",
      "javax.", "jdk.", "sun.", "com.sun.", "py4j.", "org.apache.hadoop.", "net.jpountz.",
      "com.github.luben.", "org.xerial.", "io.netty.", "com.fasterxml.", "org.glassfish.",
      "org.eclipse.jetty.", "com.google.common.", "org.apache.commons.", "org.json4s.");
  private static final Pattern SITE = Pattern.compile("^(\\S+) at ([\\w$.-]+\\.(?:java|scala)):(\\d+)$");
  private static final Pattern FRAME = Pattern.compile(
      "^(?:[\\w.$-]+(?:@[\\w.-]+)?/)*([\\w.$]+)\\.([\\w$<>]+)\\(([\\w$.-]+\\.java):(\\d+)\\)$");

  /** The user's line in a job call site; none when Spark logged its own or a JDK frame. */
  static Optional<CallSite> ofJobSite(String site) {
    Matcher m = SITE.matcher(site.trim());
    if (!m.matches() || m.group(1).contains("$") || m.group(2).endsWith(".scala")) {
      return Optional.empty();
    }
    return Optional.of(new CallSite(m.group(1), m.group(2), Integer.parseInt(m.group(3)), ""));
  }

  /** The first frame of the user's code, outermost exception first. */
  static Optional<CallSite> firstUserFrame(List<String> frames) {
    for (String frame : frames) {
      Matcher m = FRAME.matcher(frame.trim());
      if (m.matches() && isUserClass(m.group(1))) {
        return Optional.of(new CallSite(m.group(2), m.group(3), Integer.parseInt(m.group(4)),
            m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static boolean isUserClass(String className) {
    return FRAMEWORK.stream().noneMatch(className::startsWith) && !className.contains("$$Lambda");
  }

  /** The package of a frame's class as a directory ({@code a/b}), empty for a call site. */
  String packagePath() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot).replace('.', '/');
  }

  @Override
  public String toString() {
    return (className.isEmpty() ? action : className + "." + action) + " at " + file + ":" + line;
  }
}
