package io.github.sparklint.archfixture.bad.rule;

import io.github.sparklint.archfixture.bad.Analyzer;
import io.github.sparklint.archfixture.bad.rules.Registry;

/**
 * Architecture fixture. Wrong: the rules API reaches up to the run layer's entry point, which sits
 * in the same root package as the values.
 */
public final class Context {
  Analyzer analyzer;
  Registry registry;
}
