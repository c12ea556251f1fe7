package io.github.sparklint.archfixture.clean;

import io.github.sparklint.archfixture.clean.run.Pipeline;

/** Architecture fixture. A root class of the run layer: the entry point. */
public final class Analyzer {
  final Pipeline pipeline = new Pipeline();
}
