package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.ParserSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls that reach a varargs method up a type's hierarchy, and those that must not. */
class VarargsLookupTest {
  private static final String BASE = """
      class Base {
        static String sql(String query, Object... args) { return query; }
      }
      """;
  private static final String JOB = """
      class Job extends Base {
        String plain(String query) { return query; }
      }
      """;
  private static final String OTHER = """
      class Other {
        static String format(String text, Object... args) { return text; }
      }
      """;

  private final ProjectIndex index = ProjectIndex.of(List.of(
      summary("Base.java", BASE), summary("Job.java", JOB), summary("Other.java", OTHER)));

  @Test
  void aCallWithMoreArgumentsReachesTheInheritedVarargsMethod() {
    assertThat(index.methods(new CallSite(List.of("Job"), "sql", 3)))
        .extracting(MethodSummary::owner).containsExactly("Base");
    assertThat(index.methods(new CallSite(List.of("Job"), "sql", 1)))
        .extracting(MethodSummary::owner).containsExactly("Base");
  }

  @Test
  void aVarargsMethodElsewhereOrOfAnotherNameIsNotReached() {
    // Other declares a varargs format(..): Job inherits none
    assertThat(index.methods(new CallSite(List.of("Job"), "format", 2))).isEmpty();
    // Base's varargs method is sql, not plain; Job's plain takes exactly one argument
    assertThat(index.methods(new CallSite(List.of("Job"), "plain", 3))).isEmpty();
    assertThat(index.methods(new CallSite(List.of("Job"), "plain", 1)))
        .extracting(MethodSummary::owner).containsExactly("Job");
  }

  private static FileSummary summary(String file, String source) {
    CompilationUnit cu =
        new JavaParser(ParserSettings.syntaxOnly()).parse(source).getResult().orElseThrow();
    SparkTypes types = new SparkTypes(ImportTable.of(cu), new ProjectView(ProjectIndex.empty()));
    return new Summarizer(new RowBounds(types), types).summarize(file, cu);
  }
}
