package io.github.sparklint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.sparklint.core.spark.SparkClasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves simple type names of one file to qualified names the way javac would for the Spark
 * classes: types declared in the file shadow imports, single-type imports beat on-demand ones.
 */
public final class ImportTable {
  private static final DataKey<ImportTable> KEY = new DataKey<>() {};

  private final Map<String, String> singleTypes = new HashMap<>();
  private final List<String> onDemandPackages = new ArrayList<>();
  private final Map<String, String> staticMembers = new HashMap<>();
  private final List<String> staticOnDemandClasses = new ArrayList<>();
  private final Map<String, TypeDeclaration<?>> declaredTypes;
  private final String filePackage;
  /** The file's package, then the packages it imports on demand: where a project type may be. */
  private final List<String> projectPackages = new ArrayList<>();
  private final Map<String, String> projectTypes = new HashMap<>();

  /** The table of {@code cu}, read on first use and kept on it. */
  public static ImportTable of(CompilationUnit cu) {
    if (cu.containsData(KEY)) {
      return cu.getData(KEY);
    }
    ImportTable table = new ImportTable(cu);
    cu.setData(KEY, table);
    return table;
  }

  private ImportTable(CompilationUnit cu) {
    filePackage = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration imp : cu.getImports()) {
      String name = imp.getNameAsString();
      if (imp.isStatic()) {
        if (imp.isAsterisk()) {
          staticOnDemandClasses.add(name);
        } else {
          int dot = name.lastIndexOf('.');
          staticMembers.put(name.substring(dot + 1), name.substring(0, Math.max(dot, 0)));
        }
      } else if (imp.isAsterisk()) {
        onDemandPackages.add(name);
      } else {
        singleTypes.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    declaredTypes = FileNodes.of(cu).types();
    projectPackages.add(filePackage);
    projectPackages.addAll(onDemandPackages);
  }

  /**
   * The project index's name for the type written {@code name} in this file ({@link TypeKeys}):
   * the qualified name when the file tells (a type it declares, a single-type import, a fully
   * qualified name), else an unresolved reference naming the packages javac would look in.
   */
  public String projectType(String name) {
    return projectTypes.computeIfAbsent(name, this::resolveProjectType);
  }

  private String resolveProjectType(String name) {
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    TypeDeclaration<?> declared = declaredTypes.get(first);
    if (declared != null) {
      return TypeKeys.declared(declared) + rest;
    }
    String single = singleTypes.get(first);
    if (single != null) {
      return single + rest;
    }
    if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
      return name;
    }
    return TypeKeys.unresolved(name, projectPackages);
  }

  /**
   * The qualified name of a type written as {@code name} in this file ({@code Dataset},
   * {@code SparkSession.Builder} or fully qualified), when it names a known Spark class.
   */
  public Optional<String> resolveSparkType(String name) {
    return resolve(name, SparkClasses::isKnownClass);
  }

  /**
   * True when the type written as {@code name} in this file is the Spark class {@code qualified},
   * one the class table need not know ({@code Column} imported from {@code org.apache.spark.sql}).
   */
  public boolean namesSparkClass(String name, String qualified) {
    return resolve(name, qualified::equals).isPresent();
  }

  /** The class {@code name} names among the Spark classes {@code known} accepts. */
  private Optional<String> resolve(String name, Predicate<String> known) {
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    if (declaredTypes.containsKey(first)) {
      return Optional.empty();
    }
    String single = singleTypes.get(first);
    if (single != null) {
      return Optional.of(single + rest).filter(known);
    }
    if (dot > 0 && known.test(name)) {
      return Optional.of(name);
    }
    if (filePackage.startsWith(SparkClasses.ROOT_PACKAGE)
        && known.test(filePackage + "." + name)) {
      return Optional.of(filePackage + "." + name);
    }
    for (String pkg : onDemandPackages) {
      if (known.test(pkg + "." + name)) {
        return Optional.of(pkg + "." + name);
      }
    }
    return Optional.empty();
  }

  /**
   * The qualified class a statically imported method {@code name} comes from, when it is imported
   * by name or from a class imported on demand ({@code import static ...functions.*}).
   */
  public List<String> staticImportOwners(String name) {
    String single = staticMembers.get(name);
    if (single != null) {
      return List.of(single);
    }
    return List.copyOf(staticOnDemandClasses);
  }
}
