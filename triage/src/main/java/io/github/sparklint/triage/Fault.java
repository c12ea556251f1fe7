package io.github.sparklint.triage;

import java.util.regex.Pattern;

/** Where a cause happened, said so that an executor's failure is never blamed on the driver. */
enum Fault {
  DRIVER("the driver"),
  TASK_LOCAL("a task, inside the driver JVM (local mode runs tasks in the driver)"),
  TASK("a task on an executor, not the driver"),
  TASK_UNKNOWN("a task (on an executor; in the driver JVM if the run used local mode)"),
  PYTHON("a Python worker, not the JVM");

  private static final Pattern TASK_THREAD = Pattern.compile(
      "Exception in task|Executor task launch worker|Lost task|\\(TID \\d+\\)");

  private final String text;

  Fault(String text) {
    this.text = text;
  }

  /**
   * Where {@code cause} happened, given the evidence and whether the log showed local mode
   * ({@code null} when it did not say).
   */
  static Fault of(Cause cause, Evidence evidence, Boolean localMode) {
    String fault = cause.fault();
    if (fault.equals("thread")) {
      fault = TASK_THREAD.matcher(evidence.text()).find() || evidence.source().equals("task")
          ? "task" : "driver";
    }
    return switch (fault) {
      case "driver" -> DRIVER;
      case "python" -> PYTHON;
      default -> localMode == null ? TASK_UNKNOWN : localMode ? TASK_LOCAL : TASK;
    };
  }

  /** Whether the driver JVM is where memory or the job was lost. */
  boolean inDriverJvm() {
    return this == DRIVER || this == TASK_LOCAL;
  }

  @Override
  public String toString() {
    return text;
  }
}
