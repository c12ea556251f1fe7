package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.ImportTable;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of a SQL statement that is built at run time, with each part the code does not show
 * replaced by a placeholder name: {@code "SHOW TABLES IN " + ns} reads {@code SHOW TABLES IN
 * __x__}, {@code String.format("select count(*) from %s", t)} reads {@code select count(*) from
 * __x__}. {@link SqlRows} can then read what the statement returns, as long as the code shows its
 * shape (its keywords); a text that starts with an unknown part has no skeleton.
 */
public final class SqlSkeleton {
  /** Stands for a part of the text the code does not show. */
  static final String PLACEHOLDER = "__x__";
  private static final Pattern FORMAT_SPECIFIER = Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[sdf]");
  private static final int MAX_DEPTH = 16;

  private SqlSkeleton() {}

  /** The statement's text, constant or with placeholders, when the code shows how it starts. */
  public static Optional<String> of(Expression text) {
    Optional<String> constant = Constants.stringValue(text);
    if (constant.isPresent()) {
      return constant;
    }
    String skeleton = build(text, 0);
    return skeleton.startsWith(PLACEHOLDER) ? Optional.empty() : Optional.of(skeleton);
  }

  /**
   * {@code format} as {@code String.format} fills it: each format specifier ({@code %s}, {@code
   * %d}, ...) stands for a part the code does not show.
   */
  public static String formatted(String format) {
    return FORMAT_SPECIFIER.matcher(format).replaceAll(PLACEHOLDER);
  }

  /**
   * The position of the {@code String} parameter of {@code method} that {@code e} formats or
   * passes on as it is: {@code String.format(format, args)}, {@code format.formatted(args)} or
   * {@code format} itself, for a parameter {@code format}; empty for anything else.
   */
  public static OptionalInt formattedParameter(Expression e, MethodDeclaration method) {
    Expression format = formatOf(e).orElse(e);
    if (!format.isNameExpr()) {
      return OptionalInt.empty();
    }
    String name = format.asNameExpr().getNameAsString();
    for (int i = 0; i < method.getParameters().size(); i++) {
      Parameter parameter = method.getParameter(i);
      if (parameter.getNameAsString().equals(name) && isText(parameter.getType())
          && !parameter.isVarArgs()) {
        return Declarations.find(format.asNameExpr())
            .filter(d -> d.node() == parameter && Declarations.isEffectivelyFinal(d))
            .isPresent() ? OptionalInt.of(i) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /** True for a declared {@code String} type: a value of it may carry SQL text. */
  public static boolean isText(Type type) {
    return type.isClassOrInterfaceType()
        && type.asClassOrInterfaceType().getNameAsString().equals("String");
  }

  private static String build(Expression e, int depth) {
    Optional<String> constant = Constants.stringValue(e);
    if (constant.isPresent()) {
      return constant.get();
    }
    if (depth > MAX_DEPTH) {
      return PLACEHOLDER;
    }
    if (e.isEnclosedExpr()) {
      return build(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      return build(b.getLeft(), depth + 1) + build(b.getRight(), depth + 1);
    }
    Optional<Expression> format = formatOf(e);
    if (format.isPresent()) {
      return Constants.stringValue(format.get()).map(SqlSkeleton::formatted).orElse(PLACEHOLDER);
    }
    if (e.isNameExpr()) {
      return Declarations.finalValue(e.asNameExpr()).map(value -> build(value, depth + 1))
          .or(() -> appended(e.asNameExpr(), depth)).orElse(PLACEHOLDER);
    }
    return PLACEHOLDER;
  }

  /**
   * A {@code String} local built by appends ({@code sql += " AND PROCESSING_GROUP=" + group}):
   * its initializer followed by every append before the use, read as if each condition around
   * an append held. An append narrows a statement (a filter, a limit) far more often than it
   * widens one, so the statement read with all of them is the one least likely to be reported.
   */
  private static Optional<String> appended(NameExpr name, int depth) {
    boolean text = Declarations.find(name).map(d -> isText(d.type())).orElse(false);
    return text ? Assignments.appendedParts(name).map(parts -> parts.stream()
        .map(part -> build(part, depth + 1)).collect(Collectors.joining())) : Optional.empty();
  }

  /** The format of {@code String.format(format, ..)} or {@code format.formatted(..)}. */
  private static Optional<Expression> formatOf(Expression e) {
    if (e instanceof MethodCallExpr call && call.getNameAsString().equals("format")
        && !call.getArguments().isEmpty() && isStringClass(call)) {
      return Optional.of(call.getArgument(0));
    }
    if (e instanceof MethodCallExpr call && call.getNameAsString().equals("formatted")) {
      return call.getScope();
    }
    return Optional.empty();
  }

  /**
   * The text a query is made from: the template of {@code String.format(template, ..)} (also a
   * statically imported {@code format(..)}) or of {@code template.formatted(..)}; else {@code e}.
   */
  public static Expression template(Expression e) {
    return formatOf(e).orElse(e);
  }

  private static boolean isStringClass(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return importsStringFormat(call);
    }
    return call.getScope().filter(NameExpr.class::isInstance)
        .map(s -> s.asNameExpr().getNameAsString().equals("String")).orElse(false);
  }

  /** True when the file statically imports {@code String.format} (alone or with {@code *}). */
  private static boolean importsStringFormat(MethodCallExpr call) {
    return call.findCompilationUnit()
        .map(unit -> ImportTable.of(unit).staticImportOwners("format").contains("java.lang.String"))
        .orElse(false);
  }
}
