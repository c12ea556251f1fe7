package io.github.sparklint.core.java;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import io.github.sparklint.core.fix.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Text edits on Java code parsed by JavaParser, made from its tokens (so whitespace, comments and
 * line breaks are seen as written). Each method returns nothing when it cannot prove the edit
 * keeps the code compiling; a line that held only the removed code is removed whole, line break
 * included, and nothing else is reformatted.
 */
public final class JavaEdits {
  private JavaEdits() {}

  /**
   * Removes {@code .name(args)} from a call chain, leaving its receiver in place: {@code
   * builder.config(k, v).getOrCreate()} becomes {@code builder.getOrCreate()}. Only sound when the
   * method returns its receiver, which the caller knows. Not for a call that is a whole statement
   * (the receiver alone is no statement, see {@link #removeStatement}), the body of an
   * expression lambda or a {@code for} update (where a statement expression is needed too), or
   * has type arguments.
   */
  public static Optional<TextEdit> removeChainedCall(MethodCallExpr call) {
    if (call.getScope().isEmpty() || call.getTypeArguments().isPresent()
        || call.getParentNode().filter(p -> p instanceof ExpressionStmt
            || p instanceof LambdaExpr || p instanceof ForStmt).isPresent()) {
      return Optional.empty();
    }
    Optional<JavaToken> dot = first(call.getName()).flatMap(JavaEdits::previousSignificant)
        .filter(t -> t.getText().equals("."));
    Optional<JavaToken> receiverEnd = dot.flatMap(JavaEdits::previousSignificant);
    Optional<JavaToken> last = last(call);
    if (dot.isEmpty() || receiverEnd.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    if (lineStartBefore(dot.get()).isPresent() && lineEndAfter(last.get()).isEmpty()) {
      // `.call(..)` opens a line that goes on: join the rest to the receiver's line
      return between(after(receiverEnd.get()), after(last.get()), "");
    }
    return lines(dot.get(), last.get());
  }

  /**
   * Removes an expression statement that sits directly in a block (never the sole body of an
   * {@code if}, a loop or a lambda, whose meaning would change).
   */
  public static Optional<TextEdit> removeStatement(ExpressionStmt statement) {
    if (statement.getParentNode().filter(BlockStmt.class::isInstance).isEmpty()) {
      return Optional.empty();
    }
    Optional<JavaToken> first = first(statement);
    Optional<JavaToken> last = last(statement);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    return lines(first.get(), last.get());
  }

  /** Replaces {@code node}'s text with {@code text}. */
  public static Optional<TextEdit> replace(Node node, String text) {
    Optional<JavaToken> first = first(node);
    Optional<JavaToken> last = last(node);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    return between(start(first.get()), after(last.get()), text);
  }

  /**
   * Replaces a call by one of its arguments, kept as written: {@code functions.broadcast(df)}
   * becomes {@code df}. An argument that is not a primary expression keeps parentheses around
   * it, so that {@code broadcast(a ? b : c).join(x)} stays a join of the whole choice.
   */
  public static Optional<List<TextEdit>> unwrap(MethodCallExpr call, Expression argument) {
    Optional<JavaToken> callFirst = first(call);
    Optional<JavaToken> argFirst = first(argument);
    Optional<JavaToken> argLast = last(argument);
    Optional<JavaToken> callLast = last(call);
    if (callFirst.isEmpty() || argFirst.isEmpty() || argLast.isEmpty() || callLast.isEmpty()) {
      return Optional.empty();
    }
    boolean primary = argument.isNameExpr() || argument.isMethodCallExpr()
        || argument.isFieldAccessExpr() || argument instanceof EnclosedExpr;
    Optional<TextEdit> open = between(start(callFirst.get()), start(argFirst.get()),
        primary ? "" : "(");
    Optional<TextEdit> close = between(after(argLast.get()), after(callLast.get()),
        primary ? "" : ")");
    if (open.isEmpty() || close.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(List.of(open.get(), close.get()));
  }

  /**
   * Deletes the tokens from {@code first} to {@code last}; when nothing but whitespace precedes
   * them on their first line and nothing but whitespace or a line comment follows them on their
   * last, the whole lines go.
   */
  private static Optional<TextEdit> lines(JavaToken first, JavaToken last) {
    Optional<Position> lineStart = lineStartBefore(first);
    Optional<Position> lineEnd = lineEndAfter(last);
    if (lineStart.isPresent() && lineEnd.isPresent()) {
      return between(lineStart.get(), lineEnd.get(), "");
    }
    return between(start(first), after(last), "");
  }

  private static Optional<Position> lineStartBefore(JavaToken token) {
    Optional<JavaToken> t = token.getPreviousToken();
    while (t.isPresent() && t.get().getCategory().isWhitespaceButNotEndOfLine()) {
      t = t.get().getPreviousToken();
    }
    if (t.isEmpty()) {
      return Optional.of(new Position(1, 1));
    }
    return t.get().getCategory().isEndOfLine() ? Optional.of(after(t.get())) : Optional.empty();
  }

  private static Optional<Position> lineEndAfter(JavaToken token) {
    Optional<JavaToken> t = token.getNextToken();
    while (t.isPresent() && (t.get().getCategory().isWhitespaceButNotEndOfLine()
        || t.get().getText().startsWith("//"))) {
      t = t.get().getNextToken();
    }
    return t.filter(n -> n.getCategory().isEndOfLine()).map(JavaEdits::after);
  }

  private static Optional<JavaToken> previousSignificant(JavaToken token) {
    Optional<JavaToken> t = token.getPreviousToken();
    while (t.isPresent() && t.get().getCategory().isWhitespaceOrComment()) {
      t = t.get().getPreviousToken();
    }
    return t;
  }

  private static Optional<JavaToken> first(Node node) {
    return node.getTokenRange().map(TokenRange::getBegin).filter(JavaToken::hasRange);
  }

  private static Optional<JavaToken> last(Node node) {
    return node.getTokenRange().map(TokenRange::getEnd).filter(JavaToken::hasRange);
  }

  private static Position start(JavaToken token) {
    return token.getRange().orElseThrow().begin;
  }

  /** The position just after {@code token}; after a line break, the start of the next line. */
  private static Position after(JavaToken token) {
    Position end = token.getRange().orElseThrow().end;
    return token.getCategory().isEndOfLine() ? new Position(end.line + 1, 1)
        : new Position(end.line, end.column + 1);
  }

  private static Optional<TextEdit> between(Position from, Position to, String text) {
    if (to.line < from.line || to.line == from.line && to.column < from.column) {
      return Optional.empty();
    }
    return Optional.of(new TextEdit(from.line, from.column, to.line, to.column, text));
  }
}
