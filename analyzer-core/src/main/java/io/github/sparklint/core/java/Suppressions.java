package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressWarnings("<RuleId>")} or {@code @SuppressWarnings("sparklint")} on any enclosing
 * declaration (class, method, constructor, field, local variable, parameter) silences a finding.
 */
public final class Suppressions {
  /** The key that silences every sparklint rule. */
  public static final String ALL = "sparklint";

  private Suppressions() {}

  /** True when {@code ruleId} is suppressed at {@code node}. */
  public static boolean isSuppressed(Node node, String ruleId) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr a : annotated.getAnnotations()) {
          if (isSuppressWarnings(a) && suppresses(a, ruleId)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean isSuppressWarnings(AnnotationExpr a) {
    String name = a.getNameAsString();
    return name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings");
  }

  private static boolean suppresses(AnnotationExpr a, String ruleId) {
    for (String key : keys(a)) {
      if (key.equals(ruleId) || key.equals(ALL)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> keys(AnnotationExpr a) {
    List<String> keys = new ArrayList<>();
    if (a instanceof SingleMemberAnnotationExpr single) {
      addKeys(single.getMemberValue(), keys);
    } else if (a instanceof NormalAnnotationExpr normal) {
      normal.getPairs().stream()
          .filter(p -> p.getNameAsString().equals("value"))
          .forEach(p -> addKeys(p.getValue(), keys));
    }
    return keys;
  }

  private static void addKeys(Expression value, List<String> keys) {
    if (value.isArrayInitializerExpr()) {
      value.asArrayInitializerExpr().getValues().forEach(v -> addKeys(v, keys));
    } else {
      Constants.stringValue(value).ifPresent(keys::add);
    }
  }
}
