package io.github.sparklint.archfixture.clean.rules;

import io.github.sparklint.archfixture.clean.rule.Context;

/** Architecture fixture. The rules use their API; rule and rules are one layer, used one way. */
public final class Registry {
  Context context;
}
