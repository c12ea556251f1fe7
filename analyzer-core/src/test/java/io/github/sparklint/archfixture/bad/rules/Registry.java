package io.github.sparklint.archfixture.bad.rules;

import io.github.sparklint.archfixture.bad.rule.Context;

/**
 * Architecture fixture. Wrong: rules and their API use each other (a package cycle inside one
 * layer).
 */
public final class Registry {
  Context context;
}
