package io.github.sparklint.archfixture.bad.spark;

import com.github.javaparser.ast.Node;
import io.github.sparklint.archfixture.bad.flow.Rows;

/**
 * Architecture fixture. Wrong: a fact that asks the flow layer above it, and holds a JavaParser
 * node.
 */
public final class Fact {
  Rows rows;
  Node node;
}
