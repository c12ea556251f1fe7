package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values of a local: in a method or constructor read from the file's one walk, in a lambda
 * outside any method by walking it; an assignment to another variable of the same name (a local
 * class's field) is not the local's; a local built by appends is its initializer and the appends
 * before the use.
 */
class AssignmentsTest {
  private static final String SOURCE = """
      class Job {
        java.util.function.IntSupplier field = () -> {
          int k = 1;
          k = 2;
          use(k);
          int n = 3;
          n++;
          use(n);
          return k;
        };
        Job(boolean flag) {
          String mode = "a";
          if (flag) { mode = "b"; }
          use(mode);
        }
        void run(boolean flag) {
          int rows = 10;
          if (flag) { rows = 20; }
          use(rows);
          int kept = 5;
          class Local { int kept; void go() { kept = 7; } }
          use(kept);
          int total = 0;
          total += 4;
          use(total);
          int last = 1;
          last = 2;
          use(last);
          int looped = 1;
          for (int i = 0; i < 3; i++) { use(looped); looped = 2; }
          String sql = "SELECT a FROM t";
          if (flag) { sql += " WHERE b = 1"; }
          use(sql);
          sql += " LIMIT 5";
          String grown = "x";
          for (int i = 0; i < 3; i++) { use(grown); grown += "y"; }
        }
        static void use(Object o) {}
      }
      """;

  private static final CompilationUnit CU =
      new JavaParser(ParserSettings.syntaxOnly()).parse(SOURCE).getResult().orElseThrow();

  /** The argument of the {@code use(..)} call that reads {@code name} (the first one). */
  private static NameExpr used(String name) {
    return CU.findAll(MethodCallExpr.class).stream()
        .filter(call -> call.getNameAsString().equals("use"))
        .map(call -> call.getArgument(0))
        .filter(arg -> arg.isNameExpr() && arg.asNameExpr().getNameAsString().equals(name))
        .map(Expression::asNameExpr).findFirst().orElseThrow();
  }

  private static List<String> values(String name) {
    return Assignments.valuesOf(used(name)).map(Assignments.Values::values).orElse(List.of())
        .stream().map(Node::toString).toList();
  }

  private static Optional<String> reaching(String name) {
    return Assignments.reachingValue(used(name)).map(Node::toString);
  }

  @Test
  void aMethodsLocalHasItsInitializerAndEveryPlainAssignment() {
    assertThat(values("rows")).containsExactly("10", "20");
    assertThat(values("last")).containsExactly("1", "2");
    assertThat(values("looped")).containsExactly("1", "2");
  }

  @Test
  void aConstructorsLocalIsReadLikeAMethods() {
    assertThat(values("mode")).containsExactly("\"a\"", "\"b\"");
    assertThat(reaching("mode")).isEmpty();
  }

  @Test
  void writesToOtherVariablesOfTheSameNameAreNotTheLocals() {
    assertThat(values("kept")).containsExactly("5");
  }

  @Test
  void aCompoundAssignmentOrAStepLeavesNoValues() {
    assertThat(Assignments.valuesOf(used("total"))).isEmpty();
    assertThat(Assignments.reachingValue(used("total"))).isEmpty();
    assertThat(Assignments.valuesOf(used("n"))).isEmpty();
  }

  @Test
  void aLocalBuiltByAppendsIsItsInitializerAndTheAppendsBeforeTheUse() {
    assertThat(Assignments.appendedParts(used("sql")).orElseThrow().stream().map(Node::toString))
        .containsExactly("\"SELECT a FROM t\"", "\" WHERE b = 1\"");
    assertThat(Assignments.appendedParts(used("total")).orElseThrow().stream().map(Node::toString))
        .containsExactly("0", "4");
    assertThat(Assignments.appendedParts(used("grown"))).isEmpty();
    assertThat(Assignments.appendedParts(used("rows"))).isEmpty();
    assertThat(Assignments.appendedParts(used("n"))).isEmpty();
    assertThat(Assignments.valuesOf(used("sql"))).isEmpty();
  }

  @Test
  void aLambdaOutsideAnyMethodIsWalked() {
    assertThat(values("k")).containsExactly("1", "2");
    assertThat(reaching("k")).contains("2");
  }

  @Test
  void theReachingValueIsTheLastStraightLineOneAndNoneInALoopThatReassigns() {
    assertThat(reaching("last")).contains("2");
    assertThat(reaching("rows")).isEmpty();
    assertThat(reaching("looped")).isEmpty();
  }
}
