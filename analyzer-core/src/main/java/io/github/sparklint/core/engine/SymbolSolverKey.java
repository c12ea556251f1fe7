package io.github.sparklint.core.engine;

import com.github.javaparser.ast.DataKey;

/** Marks a compilation unit parsed with the symbol solver attached. */
final class SymbolSolverKey {
  static final DataKey<Boolean> KEY = new DataKey<>() {};

  private SymbolSolverKey() {}
}
