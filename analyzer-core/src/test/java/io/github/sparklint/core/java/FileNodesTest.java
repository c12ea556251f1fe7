package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type declarations and variable names the single walk of a file collects. */
class FileNodesTest {
  private static CompilationUnit parse(String source) {
    return new JavaParser(ParserSettings.syntaxOnly()).parse(source).getResult().orElseThrow();
  }

  @Test
  void declarationsAreEveryDeclaredTypeInSourceOrder() {
    CompilationUnit cu = parse("""
        class Job {
          static class Inner {
            enum Mode { A }
          }
          void run() {
            record Local(int n) {}
            Runnable r = new Runnable() { public void run() {} };
          }
          static class Other {
            static class Inner {}
          }
        }
        interface Api {}
        """);
    assertThat(FileNodes.of(cu).declarations()).extracting(TypeDeclaration::getNameAsString)
        .containsExactly("Job", "Inner", "Mode", "Local", "Other", "Inner", "Api");
    assertThat(FileNodes.of(cu).declarations())
        .isEqualTo(cu.findAll(TypeDeclaration.class));
  }

  @Test
  void typesByNameKeepTheFirstOfTwoWithOneName() {
    CompilationUnit cu = parse("""
        class Job {
          static class Inner { int first; }
          static class Other { static class Inner {} }
        }
        """);
    FileNodes nodes = FileNodes.of(cu);
    assertThat(nodes.typeNames()).containsExactlyInAnyOrder("Job", "Inner", "Other");
    assertThat(nodes.types().get("Inner")).isSameAs(nodes.declarations().get(1));
    // an anonymous class body declares no named type
    assertThat(FileNodes.of(parse("class C { Object o = new Object() {}; }")).declarations())
        .hasSize(1);
  }

  @Test
  void variableNamesAreEveryDeclaredVariableButNoTypeOrMethodName() {
    CompilationUnit cu = parse("""
        class Job {
          int field;
          record Point(int x, int y) {}
          void run(String arg) throws Exception {
            int local = 0;
            for (String item : java.util.List.of(arg)) {}
            try (var in = open()) {} catch (RuntimeException failure) {}
            java.util.function.Function<String, Integer> f = (text) -> text.length();
            Object o = arg;
            if (o instanceof String s && o instanceof Point(int px, var py)) {}
            Helper.call(Other.CONSTANT);
          }
        }
        """);
    assertThat(FileNodes.of(cu).variableNames()).containsExactlyInAnyOrder("field", "x", "y",
        "arg", "local", "item", "in", "failure", "f", "text", "o", "s", "px", "py");
  }

  @Test
  void aNameTheFileNeverDeclaresHasNoDeclarationAndADeclaredOneIsStillFoundByScope() {
    CompilationUnit cu = parse("""
        class Job {
          String rows = "field";
          void run() {
            use(rows);
            String rows = "local";
            use(rows, Helper.rows, inherited);
          }
        }
        """);
    java.util.List<NameExpr> names = cu.findAll(NameExpr.class);
    assertThat(names).extracting(NameExpr::getNameAsString)
        .containsExactly("rows", "rows", "Helper", "inherited");
    assertThat(Declarations.find(names.get(0)).orElseThrow().isField()).isTrue();
    assertThat(Declarations.find(names.get(1)).orElseThrow().isLocal()).isTrue();
    assertThat(Declarations.find(names.get(2))).isEmpty();
    assertThat(Declarations.find(names.get(3))).isEmpty();
  }

  @Test
  void assignmentsInARegionAreWhatAWalkOfItFinds() {
    CompilationUnit cu = parse("""
        class Job {
          private Runnable fn = () -> {};
          int n;
          Job() { fn = this::run; this.n = 1; n += 2; }
          void run() {
            java.util.List<String> seen = new java.util.ArrayList<>();
            seen.forEach(s -> { n = s.length(); seen.add(s); });
            Object o = new Object() { int k; void set() { k = 3; fn.run(); } };
          }
          static class Inner { int m; void set() { m = 4; helper(m); } }
        }
        class Other { int x; void set() { x = 5; } }
        """);
    List<Node> regions = new ArrayList<>();
    regions.add(cu);
    regions.addAll(cu.findAll(TypeDeclaration.class));
    regions.addAll(cu.findAll(CallableDeclaration.class));
    regions.addAll(cu.findAll(LambdaExpr.class));
    regions.addAll(cu.findAll(ObjectCreationExpr.class));
    for (Node region : regions) {
      assertThat(FileNodes.assignmentsIn(region)).containsExactlyElementsOf(
          region.findAll(AssignExpr.class));
    }
    assertThat(FileNodes.assignmentsIn(cu.getType(0))).extracting(a -> a.getTarget().toString())
        .containsExactly("fn", "this.n", "n", "n", "k", "m");
    // a node outside any compilation unit is walked
    Node detached = cu.getType(1).clone();
    assertThat(FileNodes.assignmentsIn(detached)).hasSize(1);
  }
}
