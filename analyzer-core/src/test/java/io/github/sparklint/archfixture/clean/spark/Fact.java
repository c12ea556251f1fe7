package io.github.sparklint.archfixture.clean.spark;

import io.github.sparklint.archfixture.clean.Finding;

/** Architecture fixture. A fact that carries a value: facts may use the values below them. */
public final class Fact {
  Finding finding;
}
