package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The conversions of constants {@link Constants} evaluates, and the calls it leaves alone. */
class ConstantsTest {
  private static final CompilationUnit CU = new JavaParser(ParserSettings.syntaxOnly()).parse("""
      class Job {
        static final int N = 40;
        void run(String arg, Helper helper) {
          String text = String.valueOf(N + 2);
          String hex = Long.toString(0x10);
          long parsed = Long.parseLong("123");
          int boxed = Integer.valueOf(N);
          String other = helper.valueOf(N);
          String named = helper.describe(N);
          String unknown = String.valueOf(arg);
          String twoArguments = Integer.toString(N, 16);
          long chained = Long.parseLong(String.valueOf(7));
        }
      }
      """).getResult().orElseThrow();

  private static Expression initializer(String name) {
    return CU.findAll(VariableDeclarator.class).stream()
        .filter(v -> v.getNameAsString().equals(name)).findFirst()
        .flatMap(VariableDeclarator::getInitializer).orElseThrow();
  }

  @Test
  void conversionsOfConstantsAreConstants() {
    assertThat(Constants.stringValue(initializer("text"))).contains("42");
    assertThat(Constants.stringValue(initializer("hex"))).contains("16");
    assertThat(Constants.longValue(initializer("parsed"))).contains(123L);
    assertThat(Constants.longValue(initializer("boxed"))).contains(40L);
    assertThat(Constants.longValue(initializer("chained"))).contains(7L);
  }

  @Test
  void otherCallsAreNotConstants() {
    assertThat(Constants.stringValue(initializer("other"))).isEqualTo(Optional.empty());
    assertThat(Constants.stringValue(initializer("named"))).isEmpty();
    assertThat(Constants.stringValue(initializer("unknown"))).isEmpty();
    assertThat(Constants.stringValue(initializer("twoArguments"))).isEmpty();
  }
}
