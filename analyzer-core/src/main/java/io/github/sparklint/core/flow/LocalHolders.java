package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.sparklint.core.java.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A record-like object a local variable holds when its method makes it and fills its fields
 * itself ({@code Result r = new Result(); r.graph = randomize(input); .. r.graph.collect()}):
 * the values the method stores in a field of it, wherever they stand in the method (the reads
 * join them all, as for a reassigned local), and the calls that may store more there ({@link
 * FieldRows} reads what those store). Every use of the local in its method must be one of
 *
 * <ul>
 *   <li>a field read or a plain store {@code r.f = ..} ({@code r.f += ..} to the field read is
 *       not followed);
 *   <li>the receiver of a call ({@code r.setGraph(..)}: its own stores in the field count) or an
 *       argument of one ({@code fill(r)}: what the project methods it reaches store in that field
 *       of an object of the holder's type counts; a library method stores in no project field);
 *   <li>the method's own {@code return}, or an operand of a comparison or concatenation.
 * </ul>
 *
 * Any other use lets the object escape where other code may fill it later ({@code other = r},
 * {@code new Wrapper(r)}, {@code this.result = r}, {@code r::setGraph}, a lambda's {@code
 * return}): the read is then left as before. So is a local that is reassigned or made with a class
 * body, and a field the method stores nothing in (its constructor's or initializer's value).
 */
final class LocalHolders {
  private LocalHolders() {}

  /**
   * A holder's local ({@code declared}) and, for one field, the values its method stores in it
   * and the calls on it or given it.
   */
  record Holder(Declarations.Declared declared, List<Expression> stored,
      List<MethodCallExpr> calledOn, List<MethodCallExpr> givenTo) {
    /** The local's name and where it is declared, which tells two holders of a method apart. */
    String identity() {
      return declared.name() + "@" + declared.node().getBegin().map(p -> p.line + ":" + p.column)
          .orElse("?");
    }
  }

  /**
   * The holder whose field {@code access} reads, when {@code access} names a field of a local
   * holder its method stores in; empty otherwise.
   */
  static Optional<Holder> of(FieldAccessExpr access) {
    if (!access.getScope().isNameExpr()) {
      return Optional.empty();
    }
    Optional<Declarations.Declared> local = Declarations.find(access.getScope().asNameExpr())
        .filter(Declarations.Declared::isLocal)
        .filter(d -> Declarations.singleValue(access.getScope().asNameExpr()).isPresent())
        .filter(d -> FieldReads.allocation(access.getScope()).isPresent());
    Optional<Node> method = local.flatMap(d -> d.node().findAncestor(Node.class,
        n -> n instanceof CallableDeclaration<?>));
    if (method.isEmpty()) {
      return Optional.empty();
    }
    Holder holder = new Holder(local.get(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    for (NameExpr use : method.get().findAll(NameExpr.class,
        n -> n.getNameAsString().equals(local.get().name()))) {
      if (Declarations.find(use).filter(d -> d.node() == local.get().node()).isPresent()
          && !accepted(use, access.getNameAsString(), method.get(), holder)) {
        return Optional.empty();
      }
    }
    return holder.stored().isEmpty() ? Optional.empty() : Optional.of(holder);
  }

  /**
   * True when {@code use} of the holder keeps it in sight, noting in {@code holder} what it may
   * store in {@code field}.
   */
  private static boolean accepted(NameExpr use, String field, Node method, Holder holder) {
    Node parent = use.getParentNode().orElse(null);
    if (parent instanceof FieldAccessExpr read) {
      Optional<AssignExpr> store = read.getParentNode().filter(AssignExpr.class::isInstance)
          .map(AssignExpr.class::cast).filter(assign -> assign.getTarget() == read);
      if (store.isEmpty() || !read.getNameAsString().equals(field)) {
        return true;
      }
      holder.stored().add(store.get().getValue());
      return store.get().getOperator() == AssignExpr.Operator.ASSIGN;
    }
    if (parent instanceof MethodCallExpr call) {
      boolean receiver = call.getScope().filter(scope -> scope == use).isPresent();
      (receiver ? holder.calledOn() : holder.givenTo()).add(call);
      return true;
    }
    return parent instanceof BinaryExpr
        || parent instanceof ReturnStmt && method instanceof MethodDeclaration own
        && Summarizer.ownedBy(parent, own);
  }
}
