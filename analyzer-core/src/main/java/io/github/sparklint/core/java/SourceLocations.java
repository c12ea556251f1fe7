package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Positions, enclosing members and normalised code text of AST nodes, for findings. */
public final class SourceLocations {
  private static final int MAX_CODE_LENGTH = 240;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Prints code without comments; built once and only read by the printers (every finding). */
  private static final DefaultPrinterConfiguration WITHOUT_COMMENTS = withoutComments();

  private SourceLocations() {}

  /** 1-based line where {@code node} begins, or 1 when unknown. */
  public static int line(Node node) {
    return node.getBegin().map(p -> p.line).orElse(1);
  }

  /** 1-based column where {@code node} begins, or 1 when unknown. */
  public static int column(Node node) {
    return node.getBegin().map(p -> p.column).orElse(1);
  }

  /** {@code Outer.Inner#method} (or {@code #<init>}, {@code #<clinit>}, {@code #field}). */
  public static String enclosing(Node node) {
    Deque<String> types = new ArrayDeque<>();
    String member = "";
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (member.isEmpty()) {
        if (n instanceof CallableDeclaration<?> c) {
          member = c.isConstructorDeclaration() ? "<init>" : c.getNameAsString();
        } else if (n instanceof InitializerDeclaration i) {
          member = i.isStatic() ? "<clinit>" : "<init>";
        } else if (n instanceof VariableDeclarator v
            && v.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent()) {
          member = v.getNameAsString();
        }
      }
      if (n instanceof TypeDeclaration<?> t) {
        types.push(t.getNameAsString());
      }
    }
    return String.join(".", types) + (member.isEmpty() ? "" : "#" + member);
  }

  /** The node's code without comments, whitespace collapsed, shortened to a bounded length. */
  public static String normalizedCode(Node node) {
    String code = WHITESPACE.matcher(node.toString(WITHOUT_COMMENTS)).replaceAll(" ").trim();
    return code.length() <= MAX_CODE_LENGTH ? code : code.substring(0, MAX_CODE_LENGTH);
  }

  private static DefaultPrinterConfiguration withoutComments() {
    DefaultPrinterConfiguration config = new DefaultPrinterConfiguration();
    config.removeOption(new DefaultConfigurationOption(
        DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS));
    config.removeOption(new DefaultConfigurationOption(
        DefaultPrinterConfiguration.ConfigOption.PRINT_JAVADOC));
    return config;
  }

  /** True when {@code node} is {@code region} or lies anywhere inside it. */
  public static boolean isInside(Node node, Node region) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n == region) {
        return true;
      }
    }
    return false;
  }
}
