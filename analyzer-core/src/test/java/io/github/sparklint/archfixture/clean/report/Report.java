package io.github.sparklint.archfixture.clean.report;

import io.github.sparklint.archfixture.clean.gate.Gate;
import io.github.sparklint.archfixture.clean.rules.Registry;

/** Architecture fixture. A report reads the gate's result and the rule registry. */
public final class Report {
  Gate gate;
  Registry registry;
}
