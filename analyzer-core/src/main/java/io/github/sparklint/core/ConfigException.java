package io.github.sparklint.core;

import java.util.Optional;

/** A configuration value (option, severity, rule name) that sparklint cannot accept. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;

  public ConfigException(String message) {
    this(message, null);
  }

  /** A problem with a setting of the rule {@code ruleId} (e.g. a bad option value). */
  public ConfigException(String message, String ruleId) {
    super(message);
    this.ruleId = ruleId;
  }

  /** The rule whose setting is bad, when the problem belongs to one rule. */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }
}
