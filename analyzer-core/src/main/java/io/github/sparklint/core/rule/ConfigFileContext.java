package io.github.sparklint.core.rule;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.java.Suppressions;
import java.util.List;

/**
 * What one rule sees of one Spark configuration file, and where it reports. Built by the engine per
 * file and rule.
 */
public final class ConfigFileContext {
  private final Rule rule;
  private final String file;
  private final List<ConfigEntry> entries;
  private final SparklintConfig config;
  private final List<Finding> sink;

  public ConfigFileContext(
      Rule rule, String file, List<ConfigEntry> entries, SparklintConfig config,
      List<Finding> sink) {
    this.rule = rule;
    this.file = file;
    this.entries = List.copyOf(entries);
    this.config = config;
    this.sink = sink;
  }

  /** The file as reported (relative to the base directory, {@code /} separators). */
  public String file() {
    return file;
  }

  /** The entries that take effect (for a key given twice, the last), in line order. */
  public List<ConfigEntry> entries() {
    return entries;
  }

  /** The configured (or default) value of one of this rule's options. */
  public <T> T option(RuleOption<T> option) {
    return config.option(rule, option);
  }

  /**
   * Reports a finding on {@code entry} unless a comment above it suppresses this rule.
   *
   * @param message what was found and why it is risky
   * @param fix the concrete fix
   */
  public void report(ConfigEntry entry, String message, String fix) {
    if (entry.suppressed().contains(rule.id()) || entry.suppressed().contains(Suppressions.ALL)) {
      return;
    }
    sink.add(new Finding(rule.id(), config.severityOf(rule), file, entry.line(), entry.column(),
        message, fix, "", entry.key() + "=" + entry.value()));
  }
}
