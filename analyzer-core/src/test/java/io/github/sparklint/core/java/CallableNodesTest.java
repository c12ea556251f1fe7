package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import org.junit.jupiter.api.Test;

/** The nodes of each method and constructor, grouped from the file's single walk. */
class CallableNodesTest {
  private static final String SOURCE = """
      class Job extends Base {
        int n;
        Job(int n) {
          super(n);
          this.n = n;
          Runnable r = () -> { count = n + 1; count++; };
        }
        Job() { this(1); }
        int run() {
          class Local {
            int go() { total = helper(); return total; }
          }
          new Local().go();
          return n;
        }
        void idle() {}
      }
      """;

  private static CompilationUnit parse(String source) {
    return new JavaParser(ParserSettings.syntaxOnly()).parse(source).getResult().orElseThrow();
  }

  @Test
  void everyCallableGetsWhatFindAllFindsInIt() {
    CompilationUnit cu = parse(SOURCE);
    for (CallableDeclaration<?> callable : cu.findAll(CallableDeclaration.class)) {
      CallableNodes nodes = CallableNodes.of(callable);
      assertThat(nodes.assignments()).isEqualTo(callable.findAll(AssignExpr.class));
      assertThat(nodes.constructorCalls())
          .isEqualTo(callable.findAll(ExplicitConstructorInvocationStmt.class));
      assertThat(nodes.calls()).isEqualTo(callable.findAll(MethodCallExpr.class));
      assertThat(nodes.creations()).isEqualTo(callable.findAll(ObjectCreationExpr.class));
      assertThat(nodes.returns()).isEqualTo(callable.findAll(ReturnStmt.class));
      assertThat(nodes.effects()).isEqualTo(callable.findAll(Node.class, FileNodes::isEffect));
      assertThat(nodes.steps()).isEqualTo(callable.findAll(UnaryExpr.class, Declarations::isStep));
    }
  }

  @Test
  void effectsAreTheCallsCreationsAndLoopsInTheOrderAWalkOfTheBodyMeetsThem() {
    CompilationUnit cu = parse("""
        class Job {
          void run(java.util.List<String> names) {
            for (int i = 0; i < 10_000_000; i++) { sink(load(i).trim()); }
            while (more()) { names.add(new String(next())); }
            do { Runnable r = () -> step(); } while (false);
            names.forEach(n -> { if (n.isEmpty()) return; });
          }
        }
        """);
    MethodDeclaration run = cu.findAll(MethodDeclaration.class).get(0);

    assertThat(CallableNodes.of(run).effects())
        .isEqualTo(run.getBody().orElseThrow().stream().filter(FileNodes::isEffect).toList())
        .extracting(Node::toString).containsSubsequence(
            "sink(load(i).trim())", "load(i).trim()", "load(i)", "more()",
            "names.add(new String(next()))", "new String(next())", "next()", "step()",
            "names.forEach(n -> {\n    if (n.isEmpty())\n        return;\n})", "n.isEmpty()");
    assertThat(CallableNodes.of(run).effects()).hasSize(13);
    assertThat(MethodNodes.of(run).effects()).isEqualTo(CallableNodes.of(run).effects());
  }

  @Test
  void aLambdaOrLocalClassBelongsToItsEnclosingCallableToo() {
    CompilationUnit cu = parse(SOURCE);
    ConstructorDeclaration withArgument = cu.findAll(ConstructorDeclaration.class).get(0);
    MethodDeclaration run = cu.findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getNameAsString().equals("run")).findFirst().orElseThrow();

    assertThat(CallableNodes.of(withArgument).assignments()).extracting(Object::toString)
        .containsExactly("this.n = n", "count = n + 1");
    assertThat(CallableNodes.of(run).assignments()).extracting(Object::toString)
        .containsExactly("total = helper()");
    assertThat(CallableNodes.of(run).returns()).hasSize(2);
  }

  @Test
  void aCallableGetsNothingOfItsNeighbours() {
    CompilationUnit cu = parse(SOURCE);
    MethodDeclaration idle = cu.findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getNameAsString().equals("idle")).findFirst().orElseThrow();
    ConstructorDeclaration noArgument = cu.findAll(ConstructorDeclaration.class).get(1);

    assertThat(CallableNodes.of(idle).calls()).isEmpty();
    assertThat(CallableNodes.of(idle).assignments()).isEmpty();
    assertThat(CallableNodes.of(noArgument).constructorCalls()).extracting(Object::toString)
        .containsExactly("this(1);");
    assertThat(CallableNodes.of(noArgument).assignments()).isEmpty();
  }
}
