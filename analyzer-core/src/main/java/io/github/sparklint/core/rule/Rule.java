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

  /** Shortcut for {@code descriptor().id()}. */
  default String id() {
    return descriptor().id();
  }
}
