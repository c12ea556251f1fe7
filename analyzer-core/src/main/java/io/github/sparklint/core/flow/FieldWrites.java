package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import io.github.sparklint.core.java.CallableNodes;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.Supertypes;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the rows one file stores in fields of project types ({@link FieldWrite}): field
 * initializers, assignments to {@code this.f}, an own or inherited {@code f}, or {@code obj.f} of
 * a variable of a named type, in every method, constructor and lambda; and the calls through which
 * a method or constructor stores what its callee stores: {@code this(..)}, {@code super(..)},
 * calls on itself, and calls that pass a Dataset or RDD to other objects' storing methods and
 * constructors (which fill a setter's parameter).
 */
final class FieldWrites {
  private final SparkTypes types;
  private final RowBounds rows;

  FieldWrites(SparkTypes types, RowBounds rows) {
    this.types = types;
    this.rows = rows;
  }

  /** Every field write of {@code cu}. */
  List<FieldWrite> of(CompilationUnit cu) {
    List<FieldWrite> writes = new ArrayList<>();
    for (TypeDeclaration<?> type : FileNodes.of(cu).declarations()) {
      String owner = TypeKeys.declared(type);
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member instanceof FieldDeclaration field) {
          initializers(owner, field, writes);
        } else if (member instanceof CallableDeclaration<?> callable) {
          String writer = owner + "#" + (callable.isConstructorDeclaration()
              ? FieldWrite.CONSTRUCTOR : callable.getNameAsString())
              + "/" + callable.getParameters().size();
          assignments(owner, writer, callable, writes);
          calls(type, writer, callable, writes);
        }
      }
    }
    return writes;
  }

  private void initializers(String owner, FieldDeclaration field, List<FieldWrite> writes) {
    for (VariableDeclarator variable : field.getVariables()) {
      if (variable.getInitializer().filter(value -> !value.isNullLiteralExpr()).isPresent()
          && isRows(variable.getType())) {
        writes.add(new FieldWrite(owner, variable.getNameAsString(), true, null,
            rows.flowOf(variable.getInitializer().get())));
      }
    }
  }

  private void assignments(String owner, String writer, CallableDeclaration<?> callable,
      List<FieldWrite> writes) {
    for (AssignExpr assign : CallableNodes.of(callable).assignments()) {
      Expression target = assign.getTarget();
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN
          || !target.isNameExpr() && !target.isFieldAccessExpr() || !storesRows(assign)) {
        continue;
      }
      Optional<FieldWrite> write = Optional.empty();
      if (target.isNameExpr()) {
        Optional<Declarations.Declared> declared = Declarations.find(target.asNameExpr());
        if (declared.isEmpty() || declared.get().isField()) {
          String declaring = declared.flatMap(d -> d.node().findAncestor(TypeDeclaration.class))
              .map(t -> TypeKeys.declared((TypeDeclaration<?>) t)).orElse(owner);
          write = Optional.of(new FieldWrite(declaring, target.asNameExpr().getNameAsString(),
              true, writer, rows.flowOf(assign.getValue())));
        }
      } else if (target.isFieldAccessExpr()) {
        Expression scope = target.asFieldAccessExpr().getScope();
        String field = target.asFieldAccessExpr().getNameAsString();
        boolean own = scope.isThisExpr();
        write = (own ? Optional.of(owner) : FieldReads.typeOf(scope))
            .map(type -> new FieldWrite(type, field, own, writer, rows.flowOf(assign.getValue())));
      }
      write.ifPresent(writes::add);
    }
  }

  /**
   * True when one of {@code arguments} is a Dataset or RDD: only such a call of another object's
   * method or constructor can fill a parameter its callee stores.
   */
  private boolean passesRows(List<Expression> arguments) {
    return arguments.stream()
        .anyMatch(a -> types.kindOf(a).filter(SparkKind::isDistributed).isPresent());
  }

  /** True when {@code scope} is no Spark object: a call on it may reach a project method. */
  private boolean isProjectObject(Expression scope) {
    return !scope.isSuperExpr() && types.kindOf(scope).isEmpty();
  }

  /** True when {@code assign} stores a Dataset or RDD. */
  private boolean storesRows(AssignExpr assign) {
    return types.kindOf(assign.getValue()).filter(SparkKind::isDistributed).isPresent();
  }

  private boolean isRows(com.github.javaparser.ast.type.Type type) {
    return types.kindOfType(type).filter(SparkKind::isDistributed).isPresent();
  }

  /** The calls of {@code callable} whose callee stores rows in its object's fields. */
  private void calls(TypeDeclaration<?> type, String writer, CallableDeclaration<?> callable,
      List<FieldWrite> writes) {
    CallableNodes nodes = CallableNodes.of(callable);
    for (ExplicitConstructorInvocationStmt call : nodes.constructorCalls()) {
      String target = call.isThis() ? TypeKeys.declared(type) : Supertypes.superclass(type);
      if (target != null) {
        add(FieldWrite.constructor(target, call.getArguments().size()), true, writer,
            call.getArguments(), writes);
      }
    }
    for (MethodCallExpr call : nodes.calls()) {
      boolean own = call.getScope().isEmpty() || call.getScope().get().isThisExpr();
      // The cheap syntactic test first: most calls are on a call chain's result.
      if (CallSites.mayNameOwner(call) && (own
          || isProjectObject(call.getScope().get()) && passesRows(call.getArguments()))) {
        Optional<CallSite> site = CallSites.of(call);
        if (site.isPresent()) {
          add(site.get(), own, writer, call.getArguments(), writes);
        }
      }
    }
    for (ObjectCreationExpr created : nodes.creations()) {
      if (created.getAnonymousClassBody().isEmpty() && passesRows(created.getArguments())) {
        add(FieldWrite.constructor(TypeKeys.written(created, created.getType().getNameWithScope()),
            created.getArguments().size()), false, writer, created.getArguments(), writes);
      }
    }
  }

  private void add(CallSite site, boolean own, String writer,
      List<Expression> arguments, List<FieldWrite> writes) {
    if (types.project().fields().reachesStoring(site)) {
      writes.add(new FieldWrite(site.owners().get(0), null, own, writer,
          Flow.call(site, arguments.stream().map(rows::argumentFlow).toList())));
    }
  }
}
