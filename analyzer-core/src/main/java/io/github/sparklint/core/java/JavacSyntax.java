package io.github.sparklint.core.java;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Asks the running JDK's own Java parser (javac, through its public {@code javax.tools} and {@code
 * com.sun.source} API; nothing is compiled, only parsed) whether a source is well-formed Java.
 * The engine asks only about files JavaParser rejected, to tell a real syntax error from a
 * construct javac accepts but JavaParser does not support yet (a local enum, say).
 */
public final class JavacSyntax {
  private JavacSyntax() {}

  /**
   * True when javac parses {@code source} without an error; false when it reports one, or when no
   * compiler is available (a JRE without the {@code jdk.compiler} module) or javac itself fails.
   */
  public static boolean parses(String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return false;
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try {
      JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"),
          null, List.of(new InMemorySource(source)));
      task.parse();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return false;
    }
    return diagnostics.getDiagnostics().stream()
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
  }

  /** The source text as a file javac can read. */
  private static final class InMemorySource extends SimpleJavaFileObject {
    private final String text;

    InMemorySource(String text) {
      super(URI.create("string:///Source.java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
