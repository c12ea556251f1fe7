package io.github.sparklint.core.rules;

import io.github.sparklint.core.rule.Rule;
import java.util.List;
import java.util.Optional;

/** Every sparklint rule, in catalog order. Adding a rule means adding it here. */
public final class RuleRegistry {
  private static final List<Rule> RULES =
      List.of(
          new SparkUnboundedCollect(),
          new SparkLargeTake(),
          new SparkLocalIteratorAccumulation(),
          new SparkLargeClosureCapture(),
          new SparkNestedDistributedOperation(),
          new SparkClosureMutatesDriverState(),
          new SparkBroadcastLargeSource(),
          new SparkCacheInLoop(),
          new SparkCollectionAccumulator(),
          new SparkStreamingUnboundedState(),
          new SparkBroadcastThresholdTooHigh(),
          new SparkExcessivePartitions(),
          new SparkUnlimitedMaxResultSize(),
          new SparkDriverMemoryInCode(),
          new SparkExcessiveUiRetention());

  private RuleRegistry() {}

  public static List<Rule> all() {
    return RULES;
  }

  public static Optional<Rule> find(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return RULES.stream().map(Rule::id).toList();
  }
}
