package io.github.sparklint.archfixture.clean.run;

import com.github.javaparser.ast.Node;
import io.github.sparklint.archfixture.clean.java.Scope;
import io.github.sparklint.archfixture.clean.report.Report;

/**
 * Architecture fixture. The run layer may use any layer below, skipping some, and (the known gap)
 * parses.
 */
public final class Pipeline {
  Report report;
  Scope scope;
  Node node;
}
