package io.github.sparklint.core;

import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.rules.RuleRegistry;
import io.github.sparklint.core.spark.MethodModels;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The immutable, validated configuration of one run: which rules are on, their severities and
 * option values, and the methods the project declares in models. Every front builds one; a bad value fails fast naming key, value and allowed
 * range.
 */
public final class SparklintConfig {
  private final Set<String> disabled;
  private final Map<String, Severity> severities;
  private final Map<String, Object> options;
  private final MethodModels models;
  private final Confidence confidence;
  private final String fingerprint;

  private SparklintConfig(Builder b) {
    this.disabled = Set.copyOf(b.disabled);
    this.severities = Map.copyOf(b.severities);
    this.options = Map.copyOf(b.options);
    this.models = b.models;
    this.confidence = b.confidence;
    this.fingerprint = new TreeMap<>(b.raw) + " " + new TreeMap<>(b.severities) + " "
        + new TreeSet<>(b.disabled) + " " + models.fingerprint();
  }

  /** Every rule on, default severities, default options. */
  public static SparklintConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** True unless the rule was switched off. */
  public boolean isEnabled(String ruleId) {
    return !disabled.contains(ruleId);
  }

  /** The configured severity of {@code rule}, or its default. */
  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.descriptor().defaultSeverity());
  }

  /** The configured value of {@code option} for {@code rule}, or its default. */
  @SuppressWarnings("unchecked")
  public <T> T option(Rule rule, RuleOption<T> option) {
    Object v = options.get(rule.id() + ":" + option.key());
    return v == null ? option.defaultValue() : (T) v;
  }

  /** The lowest confidence a shown finding has ({@code confidence:}). */
  public Confidence confidence() {
    return confidence;
  }

  /** True when {@code finding} is confident enough to show in this run. */
  public boolean shows(Finding finding) {
    return finding.confidence().isAtLeast(confidence);
  }

  /** The methods the project declares for code sparklint cannot see ({@code models:}). */
  public MethodModels models() {
    return models;
  }

  /**
   * A stable text that changes whenever the configuration's effect on a file's findings changes;
   * the confidence threshold is not part of it: results hold every finding, the threshold only
   * chooses which are shown.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** Collects settings; {@link #build()} validates them against the rule registry. */
  public static final class Builder {
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Map<String, String> raw = new HashMap<>();
    private final Map<String, Object> options = new HashMap<>();
    private MethodModels models = MethodModels.none();
    private Confidence confidence = Confidence.DEFAULT_THRESHOLD;

    private Builder() {}

    /**
     * Sets the lowest confidence a shown finding has ({@code high}, {@code medium}, {@code low}).
     *
     * @throws ConfigException naming the value and the allowed ones
     */
    public Builder confidence(String level) {
      confidence = Confidence.parse(level);
      return this;
    }

    /** Sets the methods the project declares ({@code sparklint.yaml}'s {@code models:}). */
    public Builder models(MethodModels declared) {
      models = declared;
      return this;
    }

    /** Switches a rule on or off. */
    public Builder enabled(String ruleId, boolean on) {
      requireRule(ruleId);
      if (on) {
        disabled.remove(ruleId);
      } else {
        disabled.add(ruleId);
      }
      return this;
    }

    /** Overrides a rule's severity ({@code error}, {@code warning}, {@code note}). */
    public Builder severity(String ruleId, String severity) {
      requireRule(ruleId);
      try {
        severities.put(ruleId, Severity.parse(severity));
      } catch (ConfigException e) {
        throw new ConfigException(e.getMessage(), ruleId);
      }
      return this;
    }

    /** Sets {@code RuleId:option} to a raw value, validated now. */
    public Builder option(String qualifiedKey, String value) {
      int colon = qualifiedKey.indexOf(':');
      if (colon <= 0 || colon == qualifiedKey.length() - 1) {
        throw new ConfigException(
            "option key '" + qualifiedKey + "' must have the form <RuleId>:<option>");
      }
      return option(qualifiedKey.substring(0, colon), qualifiedKey.substring(colon + 1), value);
    }

    /** Sets one option of one rule to a raw value, validated now. */
    public Builder option(String ruleId, String key, String value) {
      Rule rule = requireRule(ruleId);
      Optional<RuleOption<?>> option = rule.descriptor().option(key);
      if (option.isEmpty()) {
        List<String> keys = rule.descriptor().options().stream().map(RuleOption::key).toList();
        throw new ConfigException("rule " + ruleId + " has no option '" + key + "'"
            + DidYouMean.hint(key, keys) + " (its options: "
            + (keys.isEmpty() ? "none" : String.join(", ", keys)) + ")", ruleId);
      }
      if (value == null) {
        throw new ConfigException("option " + ruleId + ":" + key + " has no value", ruleId);
      }
      Object parsed;
      try {
        parsed = option.get().parse(ruleId, value);
      } catch (ConfigException e) {
        throw new ConfigException(e.getMessage(), ruleId);
      }
      options.put(ruleId + ":" + key, parsed);
      raw.put(ruleId + ":" + key, value.trim());
      return this;
    }

    /** Sets every {@code RuleId:option=value} entry of {@code values}. */
    public Builder options(Map<String, String> values) {
      new TreeMap<>(values).forEach(this::option);
      return this;
    }

    public SparklintConfig build() {
      return new SparklintConfig(this);
    }

    private static Rule requireRule(String ruleId) {
      return RuleRegistry.find(ruleId).orElseThrow(() -> new ConfigException(
          "unknown rule '" + ruleId + "'" + DidYouMean.hint(ruleId, RuleRegistry.ids())
              + "; known rules: " + String.join(", ", RuleRegistry.ids())));
    }
  }
}
