package io.github.sparklint.core.java;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the symbol solver layer: JDK classes by reflection, the analyzed source roots, and the
 * classpath jars (read as bytecode; nothing from them is loaded or run).
 */
public final class TypeSolvers {
  private TypeSolvers() {}

  /**
   * Parser settings with a symbol solver over {@code sourceRoots} and {@code classpath} jars, or
   * plain settings when the classpath has no jar: without the Spark jars the solver cannot resolve
   * a single Spark type, and it costs several times the whole analysis (docs/performance.md).
   */
  public static ParserConfiguration parserConfiguration(List<Path> sourceRoots, List<Path> classpath) {
    if (classpath.stream().noneMatch(TypeSolvers::isJar)) {
      return ParserSettings.syntaxOnly();
    }
    CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(true));
    for (Path root : sourceRoots) {
      if (Files.isDirectory(root)) {
        solver.add(new JavaParserTypeSolver(root, ParserSettings.syntaxOnly()));
      }
    }
    for (Path entry : classpath) {
      if (isJar(entry)) {
        try {
          solver.add(new JarTypeSolver(entry));
        } catch (IOException | RuntimeException e) {
          // An unreadable jar only costs precision: the fallback layer still resolves Spark types.
        }
      }
    }
    return ParserSettings.syntaxOnly().setSymbolResolver(new JavaSymbolSolver(solver));
  }

  private static boolean isJar(Path entry) {
    return Files.isRegularFile(entry) && entry.toString().endsWith(".jar");
  }
}
