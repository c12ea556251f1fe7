package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.ParserSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a run keeps of every file until it ends is shared, not copied per file or per call: a
 * file's calls with the same site get one {@link CallSite}, sites of different files share their
 * owner and method name strings, and the questions and digests two files record are the same
 * strings ({@link RecordedAnswers}). Sharing never merges sites or answers that differ.
 */
class SharedSiteTextTest {
  private static final String SOURCE = """
      package p;
      class Job {
        void run(Object rows) {
          load(rows);
          check(rows);
          load(rows);
          load(rows, rows);
        }
        void load(Object rows) {}
        void load(Object rows, Object more) {}
        void check(Object rows) {}
      }
      """;

  @Test
  void callsWithTheSameSiteInAFileShareOneSite() {
    List<MethodCallExpr> calls = parse().findAll(MethodCallExpr.class);
    CallSite first = CallSites.of(calls.get(0)).orElseThrow();

    assertThat(first).isEqualTo(new CallSite(List.of("p.Job"), "load", 1));
    assertThat(CallSites.of(calls.get(2)).orElseThrow()).isSameAs(first);
    assertThat(CallSites.of(calls.get(1)).orElseThrow())
        .isEqualTo(new CallSite(List.of("p.Job"), "check", 1));
    assertThat(CallSites.of(calls.get(3)).orElseThrow())
        .isEqualTo(new CallSite(List.of("p.Job"), "load", 2));
  }

  @Test
  void sitesOfDifferentFilesShareTheirNames() {
    CallSite one = firstSite(parse());
    CallSite other = firstSite(parse());

    assertThat(other).isNotSameAs(one).isEqualTo(one);
    assertThat(other.owners().get(0)).isSameAs(one.owners().get(0));
    assertThat(other.name()).isSameAs(one.name());
  }

  @Test
  void twoFilesRecordTheSameQuestionsAndDigestsAsSharedStrings() {
    CallSite run = new CallSite(List.of("Job"), "run", 2);
    Map<String, String> one = answersOf(run);
    Map<String, String> other = answersOf(new CallSite(List.of(new String("Job")), "run", 2));

    assertThat(other).isEqualTo(one).hasSize(3);
    for (Map.Entry<String, String> answer : other.entrySet()) {
      String question = one.keySet().stream().filter(answer.getKey()::equals).findFirst()
          .orElseThrow();
      assertThat(answer.getKey()).isSameAs(question);
      assertThat(answer.getValue()).isSameAs(one.get(question));
    }
    assertThat(answersOf(new CallSite(List.of("Job"), "run", 1))).isNotEqualTo(one);
  }

  /** A view's answers to three questions about {@code site}, the first two marked a summary's. */
  private static Map<String, String> answersOf(CallSite site) {
    ProjectView view = new ProjectView(ProjectIndex.empty());
    view.methods(site);
    view.collectingMethods(site);
    view.endSummary();
    view.functionBodies(site);
    return view.answers();
  }

  private static CallSite firstSite(CompilationUnit file) {
    return CallSites.of(file.findFirst(MethodCallExpr.class).orElseThrow()).orElseThrow();
  }

  private static CompilationUnit parse() {
    return new JavaParser(ParserSettings.syntaxOnly()).parse(SOURCE).getResult().orElseThrow();
  }
}
