package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import org.junit.jupiter.api.Test;

/** The names written inside a scope: a method's from the file's one walk, a lambda's by walking it. */
class WrittenNamesTest {
  private static final String SOURCE = """
      class Job {
        java.util.function.IntSupplier field = () -> { int k = 1; k += 2; int j = 0; return j; };
        int run(int[] counts) {
          int total = 0;
          int steps = 0;
          int kept = 5;
          int shadowed = 1;
          counts[0] = 3;
          this.total = 4;
          Runnable r = () -> { steps--; };
          class Local { void go() { total = 2; } }
          for (int i = 0; i < 3; ++i) { kept = kept + 0 == 5 ? kept : 5; }
          return total + steps + kept + shadowed + kept;
        }
      }
      """;

  private static CompilationUnit parse() {
    return new JavaParser(ParserSettings.syntaxOnly()).parse(SOURCE).getResult().orElseThrow();
  }

  @Test
  void aMethodsWritesIncludeItsLambdasAndLocalClassesButNotArrayElementsOrFields() {
    MethodDeclaration run = parse().findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getNameAsString().equals("run")).findFirst().orElseThrow();

    assertThat(WrittenNames.of(run)).containsExactlyInAnyOrder("steps", "total", "i", "kept");
  }

  @Test
  void aLambdaOutsideAnyMethodIsWalked() {
    LambdaExpr field = parse().findFirst(LambdaExpr.class).orElseThrow();

    assertThat(WrittenNames.of(field)).containsExactly("k");
  }

  @Test
  void onlyLocalsNobodyWritesKeepTheirInitializer() {
    CompilationUnit cu = parse();

    assertThat(cu.findAll(NameExpr.class).stream()
        .filter(name -> name.getParentNode().filter(p -> p instanceof ReturnStmt
            || p instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS).isPresent())
        .filter(name -> Declarations.singleValue(name).isPresent())
        .map(NameExpr::toString))
        .containsExactly("j", "shadowed");
  }
}
