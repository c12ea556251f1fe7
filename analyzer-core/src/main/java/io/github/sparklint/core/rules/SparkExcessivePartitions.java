package io.github.sparklint.core.rules;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.spark.SparkConfigKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;

/**
 * A constant partition count above a limit: {@code spark.sql.shuffle.partitions} / {@code
 * spark.default.parallelism} settings (in code or configuration files), and {@code repartition(n)},
 * {@code coalesce(n, true)}, {@code parallelize(data, n)}, {@code textFile(path, n)} and friends on
 * Spark receivers.
 */
public final class SparkExcessivePartitions implements Rule {
  /** The largest partition count allowed without a finding. */
  public static final RuleOption<Long> MAX_PARTITIONS =
      RuleOption.count("maxPartitions", 100_000, 1, Long.MAX_VALUE,
          "largest constant partition count allowed without a finding");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "A huge constant partition count (`repartition(n)`, `spark.sql.shuffle.partitions`) "
          + "makes the driver schedule and track a task and its map output status for every "
          + "partition, which can run it out of memory";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkExcessivePartitions",
          SUMMARY,
          Severity.WARNING,
          MAX_PARTITIONS);

  private static final String FIX = "size partitions to the data (roughly 100 MB to 1 GB each) "
      + "and let adaptive execution coalesce shuffle partitions (spark.sql.adaptive.enabled) "
      + "instead of a huge constant";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    SettingChecks.inCode(context, MAX_PARTITIONS, SparkExcessivePartitions::judge);
    long max = context.option(MAX_PARTITIONS);
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      if (SparkConfigKeys.isPartitionCountMethodName(call.getNameAsString())) {
        checkCall(context, call, max);
      }
    }
  }

  @Override
  public void checkConfigFile(ConfigFileContext context) {
    SettingChecks.inFile(context, MAX_PARTITIONS, SparkExcessivePartitions::judge);
  }

  private static void checkCall(RuleContext context, MethodCallExpr call, long max) {
    String method = call.getNameAsString();
    Optional<SparkKind> owner = context.types().receiverKind(call);
    Optional<SparkConfigKeys.PartitionCountArgument> where =
        owner.flatMap(kind -> SparkConfigKeys.partitionCountArgument(kind, method));
    if (where.isEmpty() || call.getArguments().size() < where.get().minArguments()) {
      return;
    }
    int flag = where.get().shuffleFlag();
    if (flag >= 0 && !Constants.booleanValue(call.getArgument(flag)).orElse(false)) {
      return;
    }
    Optional<Long> partitions = Constants.longValue(call.getArgument(where.get().index()));
    if (partitions.isEmpty() || partitions.get() <= max) {
      return;
    }
    context.report(call,
        "`" + method + "(" + partitions.get() + ")` creates " + partitions.get()
            + " partitions, above the limit of " + max + ": the driver schedules and tracks a "
            + "task for each of them in every stage that reads them",
        FIX);
  }

  private static Optional<SettingChecks.Problem> judge(String key, String value, long max) {
    if (!SparkConfigKeys.isPartitionCountKey(key)) {
      return Optional.empty();
    }
    long partitions;
    try {
      partitions = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (partitions <= max) {
      return Optional.empty();
    }
    return Optional.of(new SettingChecks.Problem(
        "`" + key + "` is set to " + partitions + ", above the limit of " + max + ": every "
            + "shuffle then runs that many tasks, and the driver tracks each task and keeps a "
            + "map output status per shuffle block",
        FIX + " (Spark's default for " + SparkConfigKeys.SHUFFLE_PARTITIONS + " is "
            + SparkConfigKeys.configDefault(SparkConfigKeys.SHUFFLE_PARTITIONS).orElse("200") + ")"));
  }
}
