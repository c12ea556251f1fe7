package io.github.sparklint.archfixture.clean.flow;

import com.github.javaparser.ast.Node;
import io.github.sparklint.archfixture.clean.java.Scope;

/** Architecture fixture. The flow layer reads JavaParser and the java layer. */
public final class Rows {
  Node node;
  Scope scope;
}
