package io.github.sparklint.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layers of the engine (DESIGN.md, "Engine: layers") as ArchUnit rules over the classes under
 * one root package: the core's own root in {@link ArchitectureTest}, small fixtures there to prove
 * that each rule fails on the dependency it forbids.
 *
 * <p>Lowest first: values, facts ({@code spark}), {@code java}, {@code flow}, rules ({@code rule},
 * {@code rules}), {@code gate}, reports ({@code report}), {@code run}. Each layer may use the ones
 * below it, never one above.
 */
final class CoreLayers {
  /**
   * Root-package value classes that every layer passes around. They keep their public names
   * because the fronts (and branches in flight) import them there; they depend on nothing but each
   * other, so they sit below every layer rather than in one of the packages.
   */
  static final Set<String> VALUES = Set.of("AnalysisError", "AnalysisResult", "ConfigException",
      "Confidence", "DidYouMean", "FileTimeout", "Finding", "Level", "Progress", "Severity",
      "Sparklint");

  /** Root-package classes of the rules layer: the configuration is validated against the rules. */
  static final Set<String> RULES_API = Set.of("SparklintConfig");

  /** Root-package classes of the run layer: the fronts' entry point and its request. */
  static final Set<String> RUN_API = Set.of("Analyzer", "AnalysisRequest");

  /** Tools the core never imports (DESIGN.md: fronts -> core, never the other way). */
  static final String[] FRONT_TOOLS = {
    "com.google.errorprone..", "com.sun.tools.javac..", "org.apache.maven.."
  };

  private static final String JAVA_PARSER = "com.github.javaparser..";

  private final String root;
  private final Map<String, DescribedPredicate<JavaClass>> layers = new LinkedHashMap<>();

  CoreLayers(String root) {
    this.root = root;
    // A finding's automatic fix (text edits) is a value like the finding that carries it.
    layers.put("values", rootClasses(VALUES).or(resideInAPackage(root + ".fix..")));
    layers.put("facts", resideInAPackage(root + ".spark.."));
    layers.put("java", resideInAPackage(root + ".java.."));
    layers.put("flow", resideInAPackage(root + ".flow.."));
    layers.put("rules",
        resideInAnyPackage(root + ".rule..", root + ".rules..").or(rootClasses(RULES_API)));
    layers.put("gate", resideInAPackage(root + ".gate.."));
    layers.put("reports", resideInAPackage(root + ".report.."));
    layers.put("run", resideInAPackage(root + ".run..").or(rootClasses(RUN_API)));
  }

  /**
   * Dependencies between layers point down only, and every class has a layer (a new package is
   * placed here before it can depend on anything). A layer may be empty (the fixtures are small).
   */
  ArchRule layersPointDown() {
    LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture().withOptionalLayers(true);
    for (Map.Entry<String, DescribedPredicate<JavaClass>> layer : layers.entrySet()) {
      architecture = architecture.layer(layer.getKey()).definedBy(layer.getValue());
    }
    List<String> below = new ArrayList<>();
    for (String layer : layers.keySet()) {
      architecture = below.isEmpty()
          ? architecture.whereLayer(layer).mayNotAccessAnyLayer()
          : architecture.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
      below.add(layer);
    }
    return architecture;
  }

  /**
   * No cycles between the packages under the root. The root package itself is left out: it holds
   * classes of three layers (values, rules, run) under the names the fronts use, and the layer rule
   * places each of them.
   */
  ArchRule noPackageCycles() {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /**
   * The core imports nothing from Error Prone, javac internals or Maven. The public Compiler Tree
   * API ({@code com.sun.source}, which {@code java/JavacSyntax} uses to ask javac whether a source
   * parses) is part of the JDK, not an internal, and stays allowed.
   */
  ArchRule noFrontTools() {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAnyPackage(FRONT_TOOLS);
  }

  /** The Spark facts are data: no JavaParser type in them. */
  ArchRule factsReadNoJavaParser() {
    return noClasses().that(layers.get("facts"))
        .should().dependOnClassesThat().resideInAPackage(JAVA_PARSER);
  }

  /**
   * JavaParser is read by the java and flow layers, and by two known gaps: DESIGN.md's goal is that
   * rules read facts and flow answers, "never JavaParser directly", but today's rules still take
   * JavaParser nodes from their context; and the run layer still calls the parser itself
   * ({@code run/FileAnalyzer}, the parser configuration in {@code Analyzer}) instead of asking the
   * java layer to parse. Every other layer (values, facts, gate, reports) stays free of it.
   */
  ArchRule javaParserStaysInJavaAndFlow() {
    DescribedPredicate<JavaClass> readers = layers.get("java").or(layers.get("flow"))
        .or(layers.get("rules")) // known gap: rules never read JavaParser directly (DESIGN.md)
        .or(layers.get("run")); // known gap: parsing belongs to the java layer (DESIGN.md)
    return noClasses().that().resideInAPackage(root + "..").and(describe("outside java and flow",
        (JavaClass c) -> !readers.test(c)))
        .should().dependOnClassesThat().resideInAPackage(JAVA_PARSER);
  }

  private DescribedPredicate<JavaClass> rootClasses(Set<String> names) {
    return describe("root classes " + names, (JavaClass c) -> c.getPackageName().equals(root)
        && names.contains(c.getName().substring(root.length() + 1).split("\\$")[0]));
  }
}
