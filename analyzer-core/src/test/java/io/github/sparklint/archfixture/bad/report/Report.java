package io.github.sparklint.archfixture.bad.report;

import com.github.javaparser.ast.Node;

/** Architecture fixture. Wrong: a report that reads JavaParser nodes. */
public final class Report {
  Node node;
}
