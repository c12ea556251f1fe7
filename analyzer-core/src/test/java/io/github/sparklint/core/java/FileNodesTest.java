package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
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
}
