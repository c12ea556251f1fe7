package io.github.sparklint.core.flow;

import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;

/**
 * The questions a file's analysis asks about fields of project types, through its {@link
 * ProjectView}: a field's declared kind and constant text, the values stored in it, and the rows
 * those values carry. Each is recorded with the view's other questions, so a cached result is
 * reused only while every field it read is answered the same.
 */
public final class FieldQuestions {
  private final ProjectIndex index;
  private final RecordedAnswers answers;
  private final ProjectView view;

  FieldQuestions(ProjectIndex index, RecordedAnswers answers, ProjectView view) {
    this.index = index;
    this.answers = answers;
    this.view = view;
  }

  /** The Spark kind of a field declared in one of {@code owners} or their superclasses. */
  public Optional<SparkKind> kind(List<String> owners, String field) {
    return declared(ProjectQuestion.FIELD, owners, field, index.fieldKind(owners, field));
  }

  /**
   * The SQL text of a final {@code String} field that one of {@code owners} declares or inherits
   * from another file ({@code sql(SQL_SELECT_TABLE)} in a subclass of the class declaring it).
   */
  public Optional<String> text(List<String> owners, String field) {
    return declared(ProjectQuestion.FIELD_TEXT, owners, field, index.fieldText(owners, field));
  }

  /**
   * Records {@code found}, what a field's declaration says, as the answer to {@code kind}; when
   * it says nothing, asks after the superclasses, whose files may not be in the index yet.
   */
  private <T> Optional<T> declared(
      ProjectQuestion kind, List<String> owners, String field, Optional<T> found) {
    answers.record(kind, String.join("|", owners) + "#" + field, found::toString);
    if (found.isEmpty()) {
      view.askSuperclasses(owners);
    }
    return found;
  }

  /**
   * Every value stored in {@code field} of an object of one of {@code owners} ({@link
   * FieldIndex}).
   */
  public List<FieldWrite> writes(List<String> owners, String field) {
    List<FieldWrite> found = index.fieldWrites(owners, field);
    answers.record(ProjectQuestion.FIELD_WRITES, String.join("|", owners) + "#" + field,
        () -> found.toString());
    return found;
  }

  /**
   * The rows of {@code field} (a field's owners and name, arity 0) of any object, read {@code
   * depth} project methods deep: the join of every value stored in it ({@link FieldRows}), worked
   * out once per index. The recorded answer is those rows, not the writes they were joined from:
   * a caller of a setter that now passes other rows of the same bound (a file re-analyzed with
   * the index) makes no reader of the field stale.
   */
  Bound rows(CallSite field, int depth) {
    String body = depth + " " + field.key();
    Bound rows = index.fieldRows(ProjectQuestion.FIELD_ROWS.about(body),
        () -> new FlowEvaluator(new ProjectView(index), false).fieldRows(field, depth));
    answers.record(ProjectQuestion.FIELD_ROWS, body, () -> rows.toString());
    return rows;
  }

  /** What the method or constructor with key {@code writer} stores in its own object's fields. */
  public List<FieldWrite> writesBy(String writer) {
    List<FieldWrite> found = index.writesBy(writer);
    answers.record(ProjectQuestion.WRITES_BY, writer, () -> found.toString());
    return found;
  }

  /** The calls that store in an object what the method or constructor {@code writer} stores. */
  public List<FieldWrite> writeCallersOf(String writer) {
    List<FieldWrite> found = index.writeCallersOf(writer);
    answers.record(ProjectQuestion.WRITE_CALLERS, writer, () -> found.toString());
    return found;
  }

  /**
   * True when a method or constructor {@code site} may reach stores rows in fields of its own
   * object, directly or through calls ({@link FieldWrite}). The answer is recorded as asked: which
   * callees store, and what, changes no summary.
   */
  public boolean reachesStoring(CallSite site) {
    boolean found = FieldIndex.callees(site, index::methods).stream()
        .anyMatch(callee -> !index.writesBy(callee).isEmpty());
    answers.record(ProjectQuestion.STORING, site.key(), () -> Boolean.toString(found));
    return found;
  }
}
