package io.github.sparklint.core.flow;

import java.util.List;

/**
 * The summaries of one file: its types and methods, and the project-method calls it makes (so the
 * index knows which methods have callers).
 *
 * @param types every named type it declares
 * @param methods every method of those types
 * @param calls every call with arguments that may reach a project method, once each
 * @param fieldWrites the rows it stores in fields of project types ({@link FieldWrite})
 * @param passed the functions its calls pass to project methods ({@link FunctionArguments})
 * @param rows the Datasets and RDDs its calls pass to project methods ({@link RowArguments})
 */
public record FileSummary(List<TypeSummary> types, List<MethodSummary> methods,
    List<CallSite> calls, List<FieldWrite> fieldWrites, List<FunctionArguments> passed,
    List<RowArguments> rows) {
  /** A file with nothing to summarize. */
  public static final FileSummary EMPTY = new FileSummary(List.of(), List.of(), List.of());

  public FileSummary {
    types = types == null ? List.of() : List.copyOf(types);
    methods = methods == null ? List.of() : List.copyOf(methods);
    calls = calls == null ? List.of() : List.copyOf(calls);
    fieldWrites = fieldWrites == null ? List.of() : List.copyOf(fieldWrites);
    passed = passed == null ? List.of() : List.copyOf(passed);
    rows = rows == null ? List.of() : List.copyOf(rows);
  }

  /** A file whose calls pass no function in sight. */
  public FileSummary(List<TypeSummary> types, List<MethodSummary> methods, List<CallSite> calls,
      List<FieldWrite> fieldWrites) {
    this(types, methods, calls, fieldWrites, List.of(), List.of());
  }

  /** A file that stores no rows in fields. */
  public FileSummary(List<TypeSummary> types, List<MethodSummary> methods, List<CallSite> calls) {
    this(types, methods, calls, List.of());
  }
}
