package io.github.sparklint.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The compilation units of a running javac compilation, found through its {@link Enter}: every
 * class javac entered from source keeps an environment whose {@code toplevel} is its unit, until
 * javac lowers the class. Error Prone runs after flow analysis and before any class is lowered
 * (under both compile policies it accepts, {@code simple} and {@code byfile}), so on the first
 * check of a compilation every unit is still there. This is the only class that reaches into
 * javac's internals for it; whatever goes wrong here (another JDK, a package not opened) yields
 * nothing, and the caller falls back to analyzing each unit alone.
 */
final class CompilationSources {
  private CompilationSources() {}

  /**
   * The units of the compilation {@code context} belongs to, sorted by file name; empty when they
   * cannot be found.
   */
  static Optional<List<CompilationUnitTree>> units(Context context) {
    try {
      Set<JCCompilationUnit> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      List<CompilationUnitTree> units = new ArrayList<>();
      for (Env<AttrContext> env : Enter.instance(context).getEnvs()) {
        JCCompilationUnit unit = env.toplevel;
        if (unit != null && unit.getSourceFile() != null && seen.add(unit)) {
          units.add(unit);
        }
      }
      units.sort(Comparator.comparing(unit -> unit.getSourceFile().getName()));
      return units.isEmpty() ? Optional.empty() : Optional.of(units);
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
