package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

/** The Maven log shows control characters of file names and messages as escapes. */
class ResultLogTest {
  @Test
  void findingAndErrorLinesAreEscaped() {
    List<String> logged = new ArrayList<>();
    Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
        (proxy, method, args) -> {
          if (args != null && args[0] instanceof CharSequence text) {
            logged.add(method.getName() + " " + text);
          }
          return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
        });
    String file = "src/Job\u001b[31m\n[ERROR] forged.java";
    AnalysisResult result = new AnalysisResult(
        List.of(new Finding("SparkLargeTake", Severity.WARNING, file, 3, 7, "big\rtake", "", "J#m",
            "ds.take(n)")),
        List.of(new AnalysisError(file, 1, 1, "bad\u0007")), 1, 0);

    ResultLog.print(log, result);

    assertThat(logged).containsExactly(
        "warn src/Job\\u001b[31m\\n[ERROR] forged.java:3:7: warning: [SparkLargeTake] big\\rtake",
        "error src/Job\\u001b[31m\\n[ERROR] forged.java:1:1: error: bad\\u0007",
        "info sparklint: 1 finding in 1 file analyzed (0 without Spark skipped), 1 file could not be analyzed");
  }
}
