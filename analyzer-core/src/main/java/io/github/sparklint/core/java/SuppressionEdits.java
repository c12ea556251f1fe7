package io.github.sparklint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The source edit that suppresses a finding with {@code @SuppressWarnings("<RuleId>")} on the
 * method (or constructor) or the class enclosing it, the way {@link Suppressions} reads it back:
 * a new annotation above the declaration, or the rule id added to the declaration's existing
 * {@code @SuppressWarnings} (a second one would not compile).
 */
public final class SuppressionEdits {
  private SuppressionEdits() {}

  /** Which declaration receives the annotation. */
  public enum Target {
    /** The innermost method or constructor. */
    METHOD,
    /** The innermost class, interface, enum or record. */
    CLASS
  }

  /**
   * Replace the text from {@code begin} up to (not including) {@code end} with {@code text};
   * lines and columns are 1-based, columns count UTF-16 characters, as in {@link
   * io.github.sparklint.core.Finding}. An insertion has {@code begin} equal to {@code end}.
   *
   * @param declaration the name of the annotated declaration, for the action's title
   */
  public record Edit(int beginLine, int beginColumn, int endLine, int endColumn, String text,
      String declaration) {}

  /**
   * The edit suppressing {@code ruleId} on the {@code target} declaration enclosing the 1-based
   * {@code line} and {@code column} of {@code source}; empty when the source does not parse, no
   * such declaration encloses the position, or it suppresses the rule already.
   */
  public static Optional<Edit> suppress(String source, int line, int column, String ruleId,
      Target target) {
    ParseResult<CompilationUnit> parsed =
        new JavaParser(ParserSettings.syntaxOnly()).parse(source);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return Optional.empty();
    }
    Position at = new Position(line, column);
    Class<?> kind = target == Target.METHOD ? CallableDeclaration.class : TypeDeclaration.class;
    Optional<BodyDeclaration<?>> declaration = Optional.empty();
    for (BodyDeclaration<?> candidate : parsed.getResult().get().findAll(BodyDeclaration.class,
        d -> kind.isInstance(d) && encloses(d, at))) {
      if (declaration.isEmpty() || depth(candidate) > depth(declaration.get())) {
        declaration = Optional.of(candidate);
      }
    }
    if (declaration.isEmpty() || Suppressions.isSuppressed(declaration.get(), ruleId)) {
      return Optional.empty();
    }
    return Optional.of(edit(source, declaration.get(), ruleId));
  }

  private static Edit edit(String source, BodyDeclaration<?> declaration, String ruleId) {
    String name = declaration instanceof CallableDeclaration<?> callable
        ? callable.getNameAsString()
        : ((TypeDeclaration<?>) declaration).getNameAsString();
    String key = '"' + ruleId + '"';
    for (AnnotationExpr existing : declaration.getAnnotations()) {
      if (Suppressions.isSuppressWarnings(existing) && existing.getRange().isPresent()) {
        List<String> values = new ArrayList<>();
        values(existing).forEach(v -> values.add(v.toString()));
        values.add(key);
        Position begin = existing.getRange().get().begin;
        Position end = existing.getRange().get().end;
        return new Edit(begin.line, begin.column, end.line, end.column + 1,
            "@" + existing.getNameAsString() + "({" + String.join(", ", values) + "})", name);
      }
    }
    Position begin = declaration.getBegin().orElseThrow();
    String lineBreak = source.contains("\r\n") ? "\r\n" : "\n";
    return new Edit(begin.line, begin.column, begin.line, begin.column,
        "@SuppressWarnings(" + key + ")" + lineBreak + indentation(source, begin.line), name);
  }

  /** The values an existing {@code @SuppressWarnings} names, as written. */
  private static List<Expression> values(AnnotationExpr annotation) {
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value = normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
          .map(p -> p.getValue()).findFirst().orElse(null);
    }
    if (value == null) {
      return List.of();
    }
    return value.isArrayInitializerExpr()
        ? value.asArrayInitializerExpr().getValues().stream().collect(Collectors.toList())
        : List.of(value);
  }

  private static boolean encloses(Node node, Position at) {
    return node.getRange().map(r -> r.contains(at)).orElse(false);
  }

  private static int depth(Node node) {
    int depth = 0;
    for (Node n = node; n.getParentNode().isPresent(); n = n.getParentNode().get()) {
      depth++;
    }
    return depth;
  }

  /** The spaces and tabs that begin line {@code line} (1-based) of {@code source}. */
  private static String indentation(String source, int line) {
    String text = source.lines().skip(line - 1L).findFirst().orElse("");
    int end = 0;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return text.substring(0, end);
  }
}
