package io.github.sparklint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rules.RuleRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the core has its Error Prone check (registered, named and summarised like the
 * rule), its Error Prone test, its docs page and its core test; and every check has a rule.
 */
class RuleRegistryCompletenessTest {
  private static final String PACKAGE = SparklintChecker.class.getPackageName() + ".";
  private static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
      .normalize().getParent();

  @Test
  void everyRuleHasItsCheckDocsAndTests() {
    List<String> registered = registeredChecks();
    List<String> problems = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      String id = rule.id();
      checkChecker(rule.descriptor(), problems);
      if (!registered.contains(PACKAGE + id)) {
        problems.add(id + ": " + PACKAGE + id + " is not listed in META-INF/services/"
            + BugChecker.class.getName());
      }
      if (!classExists(PACKAGE + id + "Test")) {
        problems.add(id + ": no Error Prone test " + PACKAGE + id + "Test");
      }
      requireFile(id, REPO.resolve(rule.descriptor().docsPath()), "docs page", problems);
      requireFile(id, REPO.resolve("analyzer-core/src/test/java/io/github/sparklint/core/rules/"
          + id + "Test.java"), "core test", problems);
    }
    assertThat(problems).as("rules lacking a part (repository root %s)", REPO).isEmpty();
  }

  @Test
  void everyRegisteredCheckHasARule() {
    assertThat(registeredChecks())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(RuleRegistry.ids()).contains(name.substring(PACKAGE.length())));
  }

  private static void checkChecker(RuleDescriptor rule, List<String> problems) {
    String id = rule.id();
    Class<?> type;
    try {
      type = Class.forName(PACKAGE + id);
    } catch (ClassNotFoundException e) {
      problems.add(id + ": no Error Prone check " + PACKAGE + id);
      return;
    }
    BugPattern pattern = type.getAnnotation(BugPattern.class);
    if (!SparklintChecker.class.isAssignableFrom(type) || pattern == null
        || !Modifier.isFinal(type.getModifiers())) {
      problems.add(id + ": " + type.getName() + " must be a final SparklintChecker with @BugPattern");
      return;
    }
    expectEqual(id, "BugPattern name", pattern.name(), id, problems);
    expectEqual(id, "BugPattern summary", pattern.summary(), rule.summary(), problems);
    expectEqual(id, "BugPattern link", pattern.link(), SparklintChecker.DOCS + id + ".md", problems);
    expectEqual(id, "BugPattern severity", pattern.severity(),
        severityLevel(rule.defaultSeverity()), problems);
    if (constructor(type).isEmpty()) {
      problems.add(id + ": needs a public no-arg constructor (-Xplugin needs it)");
    }
    if (constructor(type, ErrorProneFlags.class).filter(c -> c.isAnnotationPresent(Inject.class))
        .isEmpty()) {
      problems.add(id + ": needs a public @Inject constructor taking ErrorProneFlags");
    }
  }

  /** The Error Prone level of a core severity (Error Prone calls a note a suggestion). */
  private static BugPattern.SeverityLevel severityLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> BugPattern.SeverityLevel.ERROR;
      case WARNING -> BugPattern.SeverityLevel.WARNING;
      case NOTE -> BugPattern.SeverityLevel.SUGGESTION;
    };
  }

  private static Optional<Constructor<?>> constructor(Class<?> type, Class<?>... params) {
    try {
      return Optional.of(type.getConstructor(params));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static void expectEqual(
      String id, String what, Object actual, Object expected, List<String> problems) {
    if (!expected.equals(actual)) {
      problems.add(id + ": " + what + " is \"" + actual + "\" but should be \"" + expected + "\"");
    }
  }

  private static void requireFile(String id, Path file, String what, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(id + ": no " + what + " at " + REPO.relativize(file));
    }
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<String> registeredChecks() {
    return ServiceLoader.load(BugChecker.class).stream()
        .map(p -> p.type().getName())
        .filter(name -> name.startsWith(PACKAGE))
        .toList();
  }
}
