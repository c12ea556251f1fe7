package io.github.sparklint.archfixture.clean.java;

import com.github.javaparser.ast.Node;
import com.sun.source.util.JavacTask;
import io.github.sparklint.archfixture.clean.spark.Fact;

/**
 * Architecture fixture. The java layer reads JavaParser and the JDK's public Compiler Tree API,
 * and the facts.
 */
public final class Scope {
  Node node;
  JavacTask task;
  Fact fact;
}
