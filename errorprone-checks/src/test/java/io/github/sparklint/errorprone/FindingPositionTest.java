package io.github.sparklint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import io.github.sparklint.core.FileTimeout;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Core findings map back to the javac offsets of the flagged method names, once per unit. */
class FindingPositionTest {
  private static final String SOURCE = "import org.apache.spark.sql.Dataset;\r\n"
      + "import org.apache.spark.sql.Row;\r\n"
      + "class Tabs {\r\n"
      + "\tObject run(Dataset<Row> events) {\r\n"
      + "\t\treturn events.filter(\"x > 1\")\r\n"
      + "\t\t\t.collect();\r\n"
      + "\t}\r\n"
      + "}\r\n";

  private static final UnitConfig DEFAULTS =
      new UnitConfig(SparklintConfig.defaults(), FileTimeout.DEFAULT);

  @Test
  void findingSpansTheMethodNameEvenAfterTabsAndCrLf() throws IOException {
    CompilationUnitTree unit = parse(SOURCE);

    List<Finding> findings = AnalysisCache.alone(unit, SOURCE, DEFAULTS).findings();

    assertThat(findings).singleElement().satisfies(f -> {
      FindingPosition position = FindingPosition.of(unit, SOURCE, f);
      assertThat(SOURCE.substring(position.getStartPosition(), position.getEndPosition(null)))
          .isEqualTo("collect");
      assertThat(unit.getLineMap().getLineNumber(position.getPreferredPosition())).isEqualTo(6);
    });
  }

  @Test
  void everyCheckOfOneUnitSharesOneAnalysis() throws IOException {
    CompilationUnitTree unit = parse(SOURCE);
    assertThat(AnalysisCache.alone(unit, SOURCE, DEFAULTS))
        .isSameAs(AnalysisCache.alone(unit, SOURCE, DEFAULTS));
  }

  private static CompilationUnitTree parse(String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///Tabs.java"), SimpleJavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of(), null, List.of(file));
    return task.parse().iterator().next();
  }
}
