package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The types of the analyzed sources and how they relate, part of the {@link ProjectIndex}: each
 * type by key ({@link TypeKeys}; references resolved by {@link TypeReferences}), its superclass
 * chain (for inherited fields and methods) and its subtypes (for the classes implementing an
 * interface method). Immutable once built; safe to share between threads.
 */
final class TypeHierarchy {
  /** How far a superclass chain is followed. */
  static final int MAX_SUPERTYPES = 16;
  /** How many subtypes are searched below one type. */
  private static final int MAX_SUBTYPES = 32;

  private final Map<String, List<TypeSummary>> types = new HashMap<>();
  /** The chain of superclasses of each type asked about ({@link #supertypes}). */
  private final Map<String, List<String>> chains = new ConcurrentHashMap<>();
  /** The types each type asked about inherits fields from ({@link #fieldOwners}). */
  private final Map<String, List<String>> fieldChains = new ConcurrentHashMap<>();
  /** The direct subtypes of each type: classes extending it, classes and interfaces implementing it. */
  private final Map<String, List<String>> subtypes = new HashMap<>();
  private final TypeReferences references;

  TypeHierarchy(Collection<FileSummary> files) {
    for (FileSummary file : files) {
      for (TypeSummary type : file.types()) {
        for (String key : TypeReferences.keys(type.name())) {
          types.computeIfAbsent(key, k -> new ArrayList<>()).add(type);
        }
      }
    }
    this.references = new TypeReferences(files.stream().flatMap(file -> file.types().stream())
        .map(TypeSummary::name).collect(Collectors.toSet()));
    for (FileSummary file : files) {
      for (TypeSummary type : file.types()) {
        if (type.superName() != null) {
          subtypes.computeIfAbsent(resolve(type.superName()), k -> new ArrayList<>())
              .add(type.name());
        }
        for (String implemented : type.interfaces()) {
          subtypes.computeIfAbsent(resolve(implemented), k -> new ArrayList<>()).add(type.name());
        }
      }
    }
  }

  /**
   * The key of the project type {@code reference} names ({@link TypeReferences#resolve}): a
   * qualified name, or the simple name every type of that name is merged under.
   */
  String resolve(String reference) {
    return references.resolve(reference);
  }

  /**
   * How many constants the project enum {@code reference} names declares, when one type of the
   * sources has that key and it is an enum; empty otherwise.
   */
  OptionalInt enumConstants(String reference) {
    List<TypeSummary> declared = types.getOrDefault(resolve(reference), List.of());
    return declared.size() == 1 && declared.get(0).constants() >= 0
        ? OptionalInt.of(declared.get(0).constants()) : OptionalInt.empty();
  }

  /**
   * {@code type} and its superclasses in the sources, nearest first, at most {@link
   * #MAX_SUPERTYPES}: the chain inherited members are looked up along (worked out once per type).
   */
  List<String> supertypes(String type) {
    return chains.computeIfAbsent(type, t -> {
      List<String> chain = new ArrayList<>();
      for (String s = t; s != null && chain.size() < MAX_SUPERTYPES; s = superOf(s)) {
        chain.add(s);
      }
      return List.copyOf(chain);
    });
  }

  /**
   * Where the fields {@code type} may use are declared: its superclass chain ({@link #supertypes}),
   * then the interfaces those implement and the interfaces above them (whose constants a class
   * inherits: {@code SC} of {@code class Job implements Env}), nearest first, at most {@link
   * #MAX_SUPERTYPES} (worked out once per type).
   */
  List<String> fieldOwners(String type) {
    return fieldChains.computeIfAbsent(type, t -> {
      List<String> owners = new ArrayList<>(supertypes(t));
      for (int i = 0; i < owners.size(); i++) {
        for (TypeSummary summary : types.getOrDefault(owners.get(i), List.of())) {
          for (String implemented : summary.interfaces()) {
            for (String above : supertypes(resolve(implemented))) {
              if (owners.size() < MAX_SUPERTYPES && !owners.contains(above)) {
                owners.add(above);
              }
            }
          }
        }
      }
      return List.copyOf(owners);
    });
  }

  /**
   * The Dataset or RDD kind the project type {@code reference} names inherits from a Spark class
   * it or a superclass in the sources extends ({@link TypeSummary#kind}); empty for another type,
   * or when several types have its key.
   */
  Optional<SparkKind> inheritedKind(String reference) {
    for (String type : supertypes(resolve(reference))) {
      List<TypeSummary> declared = types.getOrDefault(type, List.of());
      if (declared.size() != 1) {
        return Optional.empty();
      }
      if (declared.get(0).kind() != null) {
        return Optional.of(declared.get(0).kind());
      }
    }
    return Optional.empty();
  }

  /** True when a type of the sources has the key {@code reference} names. */
  boolean isDeclared(String reference) {
    return types.containsKey(resolve(reference));
  }

  /**
   * The superclasses of {@code reference}, nearest first, each named as its subclass names it,
   * followed through the indexed sources; the last one is not in them when the chain leaves the
   * index there ({@code Mid} of {@code T extends Mid} when the first pass skipped {@code Mid.java}
   * for never mentioning Spark).
   */
  List<String> superclassNames(String reference) {
    List<String> names = new ArrayList<>();
    for (String type : supertypes(resolve(reference))) {
      String name = superName(type);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** The key of the superclass of the project type keyed {@code type}, when one type has it. */
  private String superOf(String type) {
    String name = superName(type);
    return name == null ? null : resolve(name);
  }

  /** The superclass of the project type keyed {@code type} as it names it, when one type has it. */
  private String superName(String type) {
    List<TypeSummary> declared = types.getOrDefault(type, List.of());
    return declared.size() == 1 ? declared.get(0).superName() : null;
  }

  /**
   * Every type below {@code type} (subclasses, implementing classes, their subtypes), nearest
   * first; empty when it has none, and null when they are too many to search.
   */
  List<String> subtypesOf(String type) {
    List<String> found = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(type));
    List<String> queue = new ArrayList<>(subtypes.getOrDefault(type, List.of()));
    for (int i = 0; i < queue.size(); i++) {
      String subtype = queue.get(i);
      if (!seen.add(subtype)) {
        continue;
      }
      if (seen.size() > MAX_SUBTYPES) {
        return null;
      }
      found.add(subtype);
      queue.addAll(subtypes.getOrDefault(subtype, List.of()));
    }
    return found;
  }

  /**
   * The Spark kind of field {@code field} of the first owner (or the classes and interfaces it
   * inherits from, {@link #fieldOwners}) declaring it.
   */
  Optional<SparkKind> fieldKind(List<String> owners, String field) {
    String type = declaringType(owners, field);
    return type == null ? Optional.empty() : types.get(type).stream()
        .map(summary -> summary.fields().get(field)).filter(Objects::nonNull).findFirst();
  }

  /**
   * The SQL text of the final {@code String} field {@code field} ({@link TypeSummary#texts}) of
   * the first of {@code owners} (or the types they inherit fields from) declaring one of that name.
   */
  Optional<String> fieldText(List<String> owners, String field) {
    for (String owner : owners) {
      for (String type : fieldOwners(resolve(owner))) {
        List<TypeSummary> declared = types.getOrDefault(type, List.of());
        for (TypeSummary summary : declared) {
          String text = summary.texts().get(field);
          if (text != null) {
            return declared.size() == 1 ? Optional.of(text) : Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first of {@code owners} (or the types they inherit fields from, {@link #fieldOwners}) that
   * declares a field {@code field} of a Spark kind, or null when none does.
   */
  String declaringType(List<String> owners, String field) {
    for (String owner : owners) {
      for (String type : fieldOwners(resolve(owner))) {
        for (TypeSummary summary : types.getOrDefault(type, List.of())) {
          if (summary.fields().containsKey(field)) {
            return type;
          }
        }
      }
    }
    return null;
  }
}
