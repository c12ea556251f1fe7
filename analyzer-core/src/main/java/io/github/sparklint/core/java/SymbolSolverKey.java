package io.github.sparklint.core.java;

import com.github.javaparser.ast.DataKey;

/** Marks a compilation unit parsed with the symbol solver attached. */
public final class SymbolSolverKey {
  public static final DataKey<Boolean> KEY = new DataKey<>() {};

  private SymbolSolverKey() {}
}
