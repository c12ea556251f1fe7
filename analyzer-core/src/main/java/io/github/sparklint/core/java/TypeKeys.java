package io.github.sparklint.core.java;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Arrays;
import java.util.List;

/**
 * How the project index names the analyzed sources' types. A declared type is keyed by its
 * package-qualified name ({@code p.Outer.Inner}); a type written in code is named, as the writing
 * file alone can tell ({@link ImportTable#projectType}), either by a qualified name (a type of the
 * same file, a single-type import, a fully qualified name) or, when only the project's other types
 * could tell, by an unresolved reference {@code Name<p;q1;q2>}: the name as written with the file's
 * package and then the packages it imports on demand, which the index resolves the way javac
 * would, or else falls back to the simple name (every type of that name).
 */
public final class TypeKeys {
  private static final DataKey<String> QUALIFIED = new DataKey<>() {};

  private TypeKeys() {}

  /** The key of a declared type: its qualified name (a local class's names its enclosing type). */
  public static String declared(TypeDeclaration<?> type) {
    if (type.containsData(QUALIFIED)) {
      return type.getData(QUALIFIED);
    }
    String name = type.getFullyQualifiedName().orElseGet(type::getNameAsString);
    type.setData(QUALIFIED, name);
    return name;
  }

  /** The reference to the type written {@code name} (simple, nested or qualified) at {@code node}. */
  public static String written(Node node, String name) {
    return node.findCompilationUnit().map(cu -> ImportTable.of(cu).projectType(name))
        .orElse(name);
  }

  /** An unresolved reference to {@code name}, looked for in {@code packages} in order. */
  static String unresolved(String name, List<String> packages) {
    return name + "<" + String.join(";", packages) + ">";
  }

  /** True when {@code key} is an unresolved reference. */
  public static boolean isUnresolved(String key) {
    return key.endsWith(">");
  }

  /** The name as written of an unresolved reference ({@code Outer.Inner}). */
  public static String writtenName(String key) {
    int open = key.indexOf('<');
    return open < 0 ? key : key.substring(0, open);
  }

  /**
   * The packages an unresolved reference is looked for in: the file's own first (empty for the
   * unnamed package), then those it imports on demand.
   */
  public static List<String> packages(String key) {
    int open = key.indexOf('<');
    return open < 0 ? List.of()
        : Arrays.asList(key.substring(open + 1, key.length() - 1).split(";", -1));
  }

  /** The simple name of a type key or reference ({@code Inner} for {@code p.Outer.Inner}). */
  public static String simpleName(String key) {
    String name = writtenName(key);
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
