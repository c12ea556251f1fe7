package io.github.sparklint.core.rule;

/**
 * One driver-risk rule. Implementations are final and stateless: everything about the file being
 * analyzed comes through the {@link RuleContext}.
 */
public interface Rule {

  /** Name, summary, severity and options of this rule. */
  RuleDescriptor descriptor();

  /** Reports this rule's findings in the file held by {@code context}. */
  void check(RuleContext context);

  /**
   * Reports this rule's findings in one Spark configuration file ({@code spark-defaults.conf} or a
   * {@code .properties} file) found under the analyzed directories. Only rules about Spark
   * settings override it; by default a rule finds nothing in such files.
   */
  default void checkConfigFile(ConfigFileContext context) {}

  /** Shortcut for {@code descriptor().id()}. */
  default String id() {
    return descriptor().id();
  }
}
