package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.OwnFields;
import io.github.sparklint.core.java.Supertypes;
import io.github.sparklint.core.java.TypeKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which types a method call may be declared in, read from the calling file alone, so the project
 * index can find the callee: the enclosing types of an unqualified call (innermost first), the
 * declared type of a receiver variable or field ({@code Holder.field} inside {@code Holder}
 * included), the class named by a static call or created for the call ({@code
 * new Job().run(rows)}), or for a call on another call's result that call's site ({@link
 * ChainedOwner}: the index knows the type when a model states it). Calls on a receiver with no
 * type the file shows (a parameter of a lambda) have no site.
 */
public final class CallSites {
  /** The sites worked out so far in a file: the summarizer and rules ask for the same. */
  private static final DataKey<Sites> SITES = new DataKey<>() {};

  /**
   * A file's sites by call, and each distinct site once: a summary keeps the sites of its function
   * bodies until the run ends, and the calls of a file often share one ({@code col/1} many times).
   */
  private record Sites(Map<MethodCallExpr, Optional<CallSite>> byCall,
      Map<CallSite, Optional<CallSite>> distinct) {}

  private CallSites() {}

  /**
   * True when the file may name the owner of {@code call} (see {@link #of}): an unqualified call,
   * one on {@code this} or {@code super}, a variable, a field, a class name or a new object; a
   * call on the result of another call has no site. A cheap syntactic check before {@link #of}.
   */
  public static boolean mayNameOwner(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    return scope.isEmpty() || scope.get().isThisExpr() || scope.get().isSuperExpr()
        || scope.get().isNameExpr() || scope.get().isFieldAccessExpr()
        || scope.get().isObjectCreationExpr();
  }

  /**
   * The site of {@code call}, when its owner can be named; worked out once per call of a file (the
   * site depends on the file's text alone).
   */
  public static Optional<CallSite> of(MethodCallExpr call) {
    Optional<CompilationUnit> cu = call.findCompilationUnit();
    if (cu.isEmpty()) {
      return siteOf(call);
    }
    Sites sites;
    if (cu.get().containsData(SITES)) {
      sites = cu.get().getData(SITES);
    } else {
      sites = new Sites(new IdentityHashMap<>(), new HashMap<>());
      cu.get().setData(SITES, sites);
    }
    Optional<CallSite> site = sites.byCall().get(call);
    if (site == null) {
      site = siteOf(call);
      if (site.isPresent()) {
        // the first of a file's calls with this site: its text is shared with other files' sites
        site = sites.distinct().computeIfAbsent(site.get(),
            distinct -> Optional.of(distinct.shared()));
      }
      sites.byCall().put(call, site);
    }
    return site;
  }

  private static Optional<CallSite> siteOf(MethodCallExpr call) {
    List<String> owners = owners(call, 0);
    return owners.isEmpty() ? Optional.empty()
        : Optional.of(new CallSite(owners, call.getNameAsString(), call.getArguments().size()));
  }

  /**
   * The methods a lambda given to {@code call} may be passed to: the call's site, or, when the
   * receiver's type is not shown (a builder chain), any project method of that name and arity.
   */
  public static CallSite receivingLambda(MethodCallExpr call) {
    return of(call).filter(site -> site.owners().stream().noneMatch(ChainedOwner::isChained))
        .orElseGet(() -> new CallSite(CallSite.ANY_OWNER, call.getNameAsString(),
        call.getArguments().size()));
  }

  /**
   * The types enclosing {@code node}, innermost first, by their keys ({@link TypeKeys}); an
   * anonymous class by a reference to the type it extends.
   */
  public static List<String> enclosingTypes(Node node) {
    List<String> names = new ArrayList<>();
    Optional<Node> parent = node.getParentNode();
    while (parent.isPresent()) {
      Node p = parent.get();
      if (p instanceof TypeDeclaration<?> type) {
        names.add(TypeKeys.declared(type));
      } else if (p instanceof ObjectCreationExpr created && created.getAnonymousClassBody()
          .isPresent() && node.findAncestor(ObjectCreationExpr.class).orElse(null) == created) {
        names.add(TypeKeys.written(created, created.getType().getNameWithScope()));
      }
      parent = p.getParentNode();
    }
    return names;
  }

  private static List<String> owners(MethodCallExpr call, int depth) {
    if (call.getScope().isEmpty()) {
      List<String> owners = enclosingTypes(call);
      List<String> imported = staticImportOwners(call);
      if (imported.isEmpty()) {
        return owners;
      }
      List<String> all = new ArrayList<>(owners);
      all.addAll(imported);
      return all;
    }
    Expression scope = call.getScope().get();
    if (scope.isThisExpr() && scope.asThisExpr().getTypeName().isEmpty()) {
      return enclosingTypes(call).stream().limit(1).toList();
    }
    if (scope.isSuperExpr()) {
      return call.findAncestor(ClassOrInterfaceDeclaration.class).map(Supertypes::superclass)
          .map(List::of).orElse(List.of());
    }
    if (scope.isNameExpr() || scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope()
        .isThisExpr()) {
      String name = scope.isNameExpr() ? scope.asNameExpr().getNameAsString()
          : scope.asFieldAccessExpr().getNameAsString();
      // this.f is the field even where a parameter or local f hides it
      Optional<Declarations.Declared> declared = scope.isNameExpr()
          ? Declarations.find(scope, name) : Declarations.ofReceiver(scope);
      if (declared.isPresent()) {
        return typeName(declared.get()).map(List::of).orElse(List.of());
      }
      return scope.isNameExpr() && Character.isUpperCase(name.charAt(0))
          ? List.of(TypeKeys.written(call, name)) : List.of();
    }
    if (scope.isFieldAccessExpr()) {
      Optional<Declarations.Declared> field = OwnFields.of(scope.asFieldAccessExpr());
      if (field.isPresent()) {
        return typeName(field.get()).map(List::of).orElse(List.of());
      }
      String last = scope.asFieldAccessExpr().getNameAsString();
      return Character.isUpperCase(last.charAt(0))
          ? List.of(TypeKeys.written(call, scope.toString())) : List.of();
    }
    if (scope.isObjectCreationExpr()) {
      // new Job().run(rows): the created class (an anonymous one by the type it extends)
      ObjectCreationExpr created = scope.asObjectCreationExpr();
      return List.of(TypeKeys.written(created, created.getType().getNameWithScope()));
    }
    if (scope.isMethodCallExpr() && depth < ChainedOwner.MAX_DEPTH) {
      MethodCallExpr inner = scope.asMethodCallExpr();
      List<String> owners = owners(inner, depth + 1);
      return owners.isEmpty() ? List.of() : List.of(ChainedOwner.of(owners,
          inner.getNameAsString(), inner.getArguments().size()));
    }
    return List.of();
  }

  /**
   * The qualified names of the classes the file statically imports {@code call}'s method from ({@code
   * import static p.Frames.assertEqual;}, else {@code import static p.Frames.*;}). Java looks there
   * after the enclosing types, so they follow those in a call's owners.
   */
  private static List<String> staticImportOwners(MethodCallExpr call) {
    return call.findCompilationUnit()
        .map(cu -> staticImportOwners(ImportTable.of(cu), call.getNameAsString()))
        .orElse(List.of());
  }

  /**
   * The qualified names of the classes a statically imported member {@code name} (a method or a
   * field) may come from: the class importing it by name, or every class imported on demand.
   */
  static List<String> staticImportOwners(ImportTable imports, String name) {
    return imports.staticImportOwners(name).stream().distinct().toList();
  }

  /**
   * The key of the class a variable is declared with ({@code var x = new T()} and {@code val x =
   * (T) value} included; {@link TypeKeys}).
   */
  static Optional<String> typeName(Declarations.Declared declared) {
    Type type = declared.type();
    if (Declarations.isInferred(type)) {
      Optional<Expression> value = declared.initializer().map(e -> e.isEnclosedExpr()
          ? e.asEnclosedExpr().getInner() : e);
      if (value.filter(Expression::isCastExpr).isPresent()) {
        Type cast = value.get().asCastExpr().getType();
        return cast instanceof ClassOrInterfaceType named
            ? Optional.of(TypeKeys.written(value.get(), named.getNameWithScope()))
            : Optional.empty();
      }
      return value.filter(Expression::isObjectCreationExpr)
          .map(e -> TypeKeys.written(e, e.asObjectCreationExpr().getType().getNameWithScope()));
    }
    return type instanceof ClassOrInterfaceType cit
        ? Optional.of(TypeKeys.written(declared.node(), cit.getNameWithScope()))
        : Optional.empty();
  }
}
