package io.github.sparklint.archfixture.clean;

import io.github.sparklint.archfixture.clean.rules.Registry;

/**
 * Architecture fixture. A root class of the rules layer: it knows the registry, and rules read it.
 */
public final class SparklintConfig {
  final Registry registry = new Registry();
}
