package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the type references the analyzed files could not resolve alone ({@link TypeKeys}) the
 * way javac would, against the types the analyzed sources declare: a type of the file's own
 * package first, else the one type of that name in the packages it imports on demand. A reference
 * neither finds (a nested type of a superclass, code out of sight), or that finds several types on
 * demand, falls back to its simple name: the one project type of that name, else the simple name
 * itself, under which the index merges the methods of every type of that name (their field writes
 * stay apart: such a field is unknown, never the join of both). Part of the {@link
 * ProjectIndex}; safe to share.
 */
final class TypeReferences {
  private final Set<String> declared;
  /** The one declared type of each simple name that only one type has. */
  private final Map<String, String> unique = new HashMap<>();
  private final Map<String, String> resolved = new ConcurrentHashMap<>();

  /** @param declared the keys of every type the analyzed sources declare */
  TypeReferences(Set<String> declared) {
    this.declared = Set.copyOf(declared);
    Set<String> shared = new HashSet<>();
    for (String type : this.declared) {
      String simple = TypeKeys.simpleName(type);
      if (unique.putIfAbsent(simple, type) != null) {
        shared.add(simple);
      }
    }
    unique.keySet().removeAll(shared);
  }

  /**
   * The keys the index files a declared type under: its qualified name and, for the references no
   * file or index can resolve, its simple name.
   */
  static List<String> keys(String declared) {
    String simple = TypeKeys.simpleName(declared);
    return simple.equals(declared) ? List.of(declared) : List.of(declared, simple);
  }

  /** The key of the type {@code reference} names: itself unless unresolved. */
  String resolve(String reference) {
    return TypeKeys.isUnresolved(reference)
        ? resolved.computeIfAbsent(reference, this::find) : reference;
  }

  private String find(String reference) {
    String name = TypeKeys.writtenName(reference);
    List<String> packages = TypeKeys.packages(reference);
    if (!packages.isEmpty() && declared.contains(qualified(packages.get(0), name))) {
      return qualified(packages.get(0), name);
    }
    String found = null;
    for (String onDemand : packages.subList(Math.min(1, packages.size()), packages.size())) {
      String candidate = qualified(onDemand, name);
      if (declared.contains(candidate) && !candidate.equals(found)) {
        if (found != null) {
          return TypeKeys.simpleName(reference); // ambiguous: javac would not compile it
        }
        found = candidate;
      }
    }
    return found != null ? found : bySimpleName(reference);
  }

  private String bySimpleName(String reference) {
    String simple = TypeKeys.simpleName(reference);
    return unique.getOrDefault(simple, simple);
  }

  private static String qualified(String pkg, String name) {
    return pkg.isEmpty() ? name : pkg + "." + name;
  }
}
