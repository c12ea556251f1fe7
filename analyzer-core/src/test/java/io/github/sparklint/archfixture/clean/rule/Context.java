package io.github.sparklint.archfixture.clean.rule;

import com.github.javaparser.ast.Node;
import io.github.sparklint.archfixture.clean.SparklintConfig;
import io.github.sparklint.archfixture.clean.flow.Rows;

/**
 * Architecture fixture. The rules API reads the configuration in the root package, flow answers
 * and (the known gap) JavaParser nodes.
 */
public final class Context {
  SparklintConfig config;
  Rows rows;
  Node node;
}
