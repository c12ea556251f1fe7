package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import io.github.sparklint.core.fix.FixedText;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaEditsTest {

  @Test
  void removesAChainedCallWithItsLineWhenItHasOneOfItsOwn() {
    String code = body("""
        Object o = builder()
            .a() // keep
            .b(1, "x") // about b
            .c();""");
    assertThat(apply(code, JavaEdits.removeChainedCall(call(code, "b")))).isEqualTo(body("""
        Object o = builder()
            .a() // keep
            .c();"""));
  }

  @Test
  void removesOnlyTheCallInsideALine() {
    String code = body("Object o = builder().a().b(1).c();");
    assertThat(apply(code, JavaEdits.removeChainedCall(call(code, "b"))))
        .isEqualTo(body("Object o = builder().a().c();"));
  }

  @Test
  void joinsTheRestOfALineTheCallOpens() {
    String code = body("""
        use(x
            .b(1), 2);""");
    assertThat(apply(code, JavaEdits.removeChainedCall(call(code, "b"))))
        .isEqualTo(body("use(x, 2);"));
  }

  @Test
  void keepsWindowsLineEndings() {
    String code = body("Object o = builder()\r\n    .b()\r\n    .c();\r\n");
    assertThat(apply(code, JavaEdits.removeChainedCall(call(code, "b"))))
        .isEqualTo(body("Object o = builder()\r\n    .c();\r\n"));
  }

  @Test
  void neverLeavesAReceiverWhereAStatementIsNeeded() {
    for (String statement : List.of("x.b();", "Runnable r = () -> x.b();",
        "for (int i = 0; i < 2; x.b()) {}", "x.<String>b().c();")) {
      String code = body(statement);
      assertThat(JavaEdits.removeChainedCall(call(code, "b"))).as(statement).isEmpty();
    }
  }

  @Test
  void removesAStatementOfABlockWithItsLine() {
    String code = body("""
        int n = 1;
          x.b(); // no effect
        int m = 2; x.b();""");
    CompilationUnit cu = parse(code);
    List<ExpressionStmt> statements = cu.findAll(ExpressionStmt.class,
        s -> s.getExpression().isMethodCallExpr());
    String fixed = FixedText.apply(code, List.of(
        new SourceFix("a", List.of(JavaEdits.removeStatement(statements.get(0)).orElseThrow())),
        new SourceFix("b", List.of(JavaEdits.removeStatement(statements.get(1)).orElseThrow()))));
    assertThat(fixed).isEqualTo(body("""
        int n = 1;
        int m = 2;\s"""));
  }

  @Test
  void neverRemovesTheOnlyStatementOfAnIfOrALoop() {
    for (String statement : List.of("if (n > 0) x.b();", "while (n > 0) x.b();",
        "Runnable r = () -> x.b();")) {
      String code = body(statement);
      ExpressionStmt call = parse(code).findFirst(ExpressionStmt.class,
          s -> s.getExpression().isMethodCallExpr()).orElseThrow();
      assertThat(JavaEdits.removeStatement(call)).as(statement).isEmpty();
    }
  }

  @Test
  void unwrapsAnArgumentKeepingParenthesesWhereTheyMatter() {
    String code = body("use(f.wrap(a.b()).c(), wrap(n > 0 ? a : b).c(), wrap( /* k */ a ));");
    MethodCallExpr[] wraps = parse(code).findAll(MethodCallExpr.class,
        m -> m.getNameAsString().equals("wrap")).toArray(MethodCallExpr[]::new);
    List<SourceFix> fixes = new java.util.ArrayList<>();
    for (MethodCallExpr wrap : wraps) {
      fixes.add(new SourceFix("unwrap", JavaEdits.unwrap(wrap, wrap.getArgument(0)).orElseThrow()));
    }
    assertThat(FixedText.apply(code, fixes))
        .isEqualTo(body("use(a.b().c(), (n > 0 ? a : b).c(), a);"));
  }

  @Test
  void replacesANode() {
    String code = body("conf.set(\"k\", \"0\");");
    MethodCallExpr set = call(code, "set");
    assertThat(apply(code, JavaEdits.replace(set.getArgument(1), "\"1g\"")))
        .isEqualTo(body("conf.set(\"k\", \"1g\");"));
  }

  private static String body(String statements) {
    return "class C {\n  void m() {\n" + statements + "\n  }\n}\n";
  }

  private static CompilationUnit parse(String code) {
    return new JavaParser(ParserSettings.syntaxOnly()).parse(code).getResult().orElseThrow();
  }

  private static MethodCallExpr call(String code, String name) {
    return parse(code).findFirst(MethodCallExpr.class, m -> m.getNameAsString().equals(name))
        .orElseThrow();
  }

  private static String apply(String code, Optional<TextEdit> edit) {
    return FixedText.apply(code, List.of(new SourceFix("test", List.of(edit.orElseThrow()))));
  }
}
