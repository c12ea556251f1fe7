package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.Test;

/** The type declarations the single walk of a file collects. */
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
}
