package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The field writes of every analyzed file ({@link FieldWrite}), filed three ways: by the method
 * or constructor that makes them, by field name, and, for a call that stores what its callee
 * stores, by that callee (so a setter's parameter is filled from its callers). Part of the {@link
 * ProjectIndex}; immutable once built.
 */
final class FieldIndex {
  private final Map<String, List<FieldWrite>> byWriter = new HashMap<>();
  private final Map<String, List<FieldWrite>> byField = new HashMap<>();
  private final Map<String, List<FieldWrite>> byCallee = new HashMap<>();

  FieldIndex(Collection<FileSummary> files, ProjectIndex index) {
    for (FileSummary file : files) {
      for (FieldWrite write : file.fieldWrites()) {
        if (write.writer() != null) {
          byWriter.computeIfAbsent(write.writer(), k -> new ArrayList<>()).add(write);
        }
        if (!write.isCall()) {
          byField.computeIfAbsent(write.field(), k -> new ArrayList<>()).add(write);
          continue;
        }
        for (String callee : callees(write.value().site(), index::methods)) {
          byCallee.computeIfAbsent(index.resolveKey(callee), k -> new ArrayList<>()).add(write);
        }
      }
    }
  }

  /** The keys of the methods or constructor {@code site} may reach. */
  static List<String> callees(CallSite site, Function<CallSite, List<MethodSummary>> methods) {
    if (site.name().equals(FieldWrite.CONSTRUCTOR)) {
      return site.owners().isEmpty() ? List.of()
          : List.of(FieldWrite.constructorKey(site.owners().get(0), site.arity()));
    }
    return methods.apply(site).stream().map(MethodSummary::key).distinct().toList();
  }

  /** What the method or constructor with this key stores, and the calls storing for it. */
  List<FieldWrite> writesBy(String writer) {
    return byWriter.getOrDefault(writer, List.of());
  }

  /** The calls whose callee is the method or constructor with this key. */
  List<FieldWrite> callersOf(String writer) {
    return byCallee.getOrDefault(writer, List.of());
  }

  /**
   * Every value stored in {@code field} of an object of one of {@code owners}: the writes through
   * any type that finds the field in the same declaring class; empty when no analyzed class
   * declares it.
   */
  List<FieldWrite> writesOf(List<String> owners, String field, ProjectIndex index) {
    String declaring = index.declaringType(owners, field);
    if (declaring == null) {
      return List.of();
    }
    List<FieldWrite> found = new ArrayList<>();
    for (FieldWrite write : byField.getOrDefault(field, List.of())) {
      if (Objects.equals(declaring, index.declaringType(List.of(write.owner()), field))) {
        found.add(write);
      }
    }
    return found;
  }
}
