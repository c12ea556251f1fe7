package io.github.sparklint.core;

/** A configuration value (option, severity, rule name) that sparklint cannot accept. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
