package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.ParserSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rows of a field of any object are one answer of the project view ({@link
 * FieldQuestions#rows}): a reader depends on those rows, not on the writes they were joined
 * from; and the questions a summary depends on are told from the rules' ({@link
 * ProjectView#endSummary}).
 */
class FieldRowsAnswerTest {
  private static final CallSite LINES = new CallSite(List.of("Holder"), "lines", 0);

  @Test
  void aFieldsRowsAreOneAnswerThatOtherWritesOfTheSameBoundLeaveAlone() {
    ProjectView view = new ProjectView(index("sc.textFile(\"hdfs://events\")"));

    assertThat(view.fields().rows(LINES, 0)).isEqualTo(Bound.UNBOUNDED);
    assertThat(view.answers()).containsOnlyKeys("r 0 Holder#lines/0");
    assertThat(FileAnswers.staleness(view.answers(), index("sc.textFile(\"hdfs://other\")")))
        .isEqualTo(FileAnswers.Staleness.SAME);
    assertThat(FileAnswers.staleness(view.answers(), index("sc.parallelize(few)")))
        .isEqualTo(FileAnswers.Staleness.RULES);
  }

  @Test
  void theSameQuestionIsWorkedOutOncePerIndex() {
    ProjectIndex index = index("sc.textFile(\"hdfs://events\")");

    Bound first = new ProjectView(index).fields().rows(LINES, 0);

    assertThat(new ProjectView(index).fields().rows(LINES, 0)).isSameAs(first);
    assertThat(new ProjectView(index).fields().rows(LINES, 11)).isNotSameAs(first);
  }

  @Test
  void onlyTheQuestionsAskedBeforeTheSummaryEndedMakeASummaryStale() {
    ProjectView view = new ProjectView(index("sc.textFile(\"hdfs://events\")"));
    view.hasCallers("Holder#setLines/1");
    view.endSummary();
    view.fields().rows(LINES, 0);
    Map<String, String> answers = view.answers();

    ProjectIndex otherRows = index("sc.parallelize(few)");
    assertThat(FileAnswers.staleness(answers, otherRows)).isEqualTo(FileAnswers.Staleness.RULES);
    assertThat(FileAnswers.staleness(answers, ProjectIndex.of(List.of(
        summary("Holder.java", SetterSources.HOLDER))))).isEqualTo(FileAnswers.Staleness.SUMMARY);
  }

  /** The index of Holder and of Fill passing {@code rows} to the setter, each file summarized. */
  private static ProjectIndex index(String rows) {
    List<FileSummary> first = List.of(summary("Holder.java", SetterSources.HOLDER),
        summary("Fill.java", SetterSources.fill(rows)));
    ProjectIndex alone = ProjectIndex.of(first);
    // Fill stores through the setter once the index shows that the setter stores.
    List<FileSummary> settled = new ArrayList<>(List.of(first.get(0)));
    settled.add(summary("Fill.java", SetterSources.fill(rows), alone));
    return ProjectIndex.of(settled);
  }

  private static FileSummary summary(String file, String source) {
    return summary(file, source, ProjectIndex.empty());
  }

  private static FileSummary summary(String file, String source, ProjectIndex index) {
    CompilationUnit cu =
        new JavaParser(ParserSettings.syntaxOnly()).parse(source).getResult().orElseThrow();
    SparkTypes types = new SparkTypes(ImportTable.of(cu), new ProjectView(index));
    return new Summarizer(new RowBounds(types), types).summarize(file, cu);
  }
}
