package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import org.junit.jupiter.api.Test;

/** What the syntax-only settings keep from JavaParser's Java 21 parse, and what they leave out. */
class ParserSettingsTest {
  private static ParseResult<CompilationUnit> parse(String source) {
    return new JavaParser(ParserSettings.syntaxOnly()).parse(source);
  }

  @Test
  void modernSyntaxParses() {
    ParseResult<CompilationUnit> result = parse("""
        sealed interface Shape permits Box {}
        record Box(int side) implements Shape {}
        class C {
          String name(Object o) {
            if (o instanceof Box(int side) && side > 0) {
              return \"""
                  box
                  \""";
            }
            return switch (o) {
              case String s when s.isEmpty() -> "empty";
              case Integer i -> {
                yield "int " + i;
              }
              default -> "other";
            };
          }
        }
        """);
    assertThat(result.getProblems()).isEmpty();
    assertThat(result.isSuccessful()).isTrue();
  }

  @Test
  void varBecomesVarTypeAsInAJava21Parse() {
    CompilationUnit cu = parse("""
        class C {
          void run() {
            var rows = new java.util.ArrayList<String>();
            Class<?> k = var.class;
          }
          static class var {}
        }
        """).getResult().orElseThrow();
    assertThat(cu.findAll(VarType.class)).hasSize(1);
  }

  @Test
  void codeOnlyTheValidatorsRejectIsStillAnalyzed() {
    // Well-formed syntax that is not legal Java (javac rejects it; JavaParser's validators would
    // too): sparklint reads it as a tree rather than refusing the whole file.
    ParseResult<CompilationUnit> result = parse("""
        class C {
          var field = 1;
          private private int twice;
        }
        """);
    assertThat(result.getProblems()).isEmpty();
    assertThat(result.isSuccessful()).isTrue();
  }

  @Test
  void realSyntaxErrorsAreStillProblems() {
    ParseResult<CompilationUnit> result = parse("class C { void run( { } }");
    assertThat(result.isSuccessful()).isFalse();
    assertThat(result.getProblems()).isNotEmpty();
  }

  @Test
  void unicodeEscapesAreFoundAsJavacFindsThem() {
    String u = "\\u";
    assertThat(ParserSettings.hasUnicodeEscape("class C {}")).isFalse();
    assertThat(ParserSettings.hasUnicodeEscape("// a" + u + "000a b")).isTrue();
    assertThat(ParserSettings.hasUnicodeEscape("String s = \"\\" + u + "00e9\";")).isFalse();
    assertThat(ParserSettings.hasUnicodeEscape("\\\\" + u + "0041")).isTrue();
    assertThat(ParserSettings.hasUnicodeEscape(u + "0041")).isTrue();
  }

  @Test
  void deepModeHandsTheSymbolResolverToTheCompilationUnit() {
    JavaSymbolSolver solver = new JavaSymbolSolver(new ReflectionTypeSolver());
    CompilationUnit cu = new JavaParser(ParserSettings.syntaxOnly().setSymbolResolver(solver))
        .parse("class C {}").getResult().orElseThrow();
    assertThat(cu.containsData(Node.SYMBOL_RESOLVER_KEY)).isTrue();
    assertThat(new JavaParser(ParserSettings.syntaxOnly()).parse("class C {}").getResult()
        .orElseThrow().containsData(Node.SYMBOL_RESOLVER_KEY)).isFalse();
  }

  @Test
  void varIsFoundAsAWordOnly() {
    assertThat(ParserSettings.mentionsVar("class C { void run() { var rows = 1; } }")).isTrue();
    assertThat(ParserSettings.mentionsVar("for (var e : list) {}")).isTrue();
    assertThat(ParserSettings.mentionsVar("(var a, var b) -> a")).isTrue();
    assertThat(ParserSettings.mentionsVar("var")).isTrue();
    assertThat(ParserSettings.mentionsVar("x=var[]")).isTrue();
    // in a comment or a string it counts too: the check never misses a var type
    assertThat(ParserSettings.mentionsVar("// var is fine here")).isTrue();
    assertThat(ParserSettings.mentionsVar("class C {}")).isFalse();
    assertThat(ParserSettings.mentionsVar(
        "double variance; int invar; int _var, var1, $var; String avar = \"varnish\";")).isFalse();
  }

  @Test
  void withoutVarTypesLeavesTheTreeAsTheFullPostProcessingDoes() {
    String source = """
        class C {
          java.util.List<String> rows;
          String name(Object o) { return o.toString(); }
        }
        """;
    CompilationUnit full = parse(source).getResult().orElseThrow();
    CompilationUnit lean = new JavaParser(
        ParserSettings.withoutVarTypes(ParserSettings.syntaxOnly()))
        .parse(source).getResult().orElseThrow();
    assertThat(lean).isEqualTo(full);
    assertThat(lean.getRange()).isEqualTo(full.getRange());
    // a var the check would have found is left a plain class type without the post-processing
    CompilationUnit unprocessed = new JavaParser(
        ParserSettings.withoutVarTypes(ParserSettings.syntaxOnly()))
        .parse("class C { void run() { var rows = 1; } }").getResult().orElseThrow();
    assertThat(unprocessed.findAll(VarType.class)).isEmpty();
  }

  @Test
  void withoutVarTypesKeepsTheSymbolResolver() {
    JavaSymbolSolver solver = new JavaSymbolSolver(new ReflectionTypeSolver());
    ParserConfiguration deep = ParserSettings.withoutVarTypes(
        ParserSettings.syntaxOnly().setSymbolResolver(solver));
    CompilationUnit cu = new JavaParser(deep).parse("class C {}").getResult().orElseThrow();
    assertThat(cu.containsData(Node.SYMBOL_RESOLVER_KEY)).isTrue();
  }
}
