package io.github.sparklint.core.rules;

import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.CollectionSizes;
import io.github.sparklint.core.flow.DriverCollections;
import io.github.sparklint.core.flow.ExecutorClosures;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import java.util.HashSet;
import java.util.Set;

/**
 * A function Spark runs on executors that captures a large driver-side collection, map or array:
 * one filled from a {@code collect()}, a file read, a long literal or a big constant-size array.
 * The closure is serialized into every task, so the collection is shipped once per task instead
 * of once per executor as a Broadcast would be.
 */
public final class SparkLargeClosureCapture implements Rule {
  /** The element count from which a literal collection or constant-size array counts as large. */
  public static final RuleOption<Long> MIN_ELEMENTS =
      RuleOption.count("minElements", 100, 1, Integer.MAX_VALUE,
          "smallest element count of a literal collection or constant-size array that counts as "
              + "large");

  /** Whether to report captured collections whose size the code does not tell. */
  public static final RuleOption<Boolean> REPORT_UNKNOWN_SIZE =
      RuleOption.flag("reportUnknownSize", false,
          "also report captured collections whose size cannot be told from the code (method "
              + "parameters, fields filled elsewhere)");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "a function passed to a Spark operation captures a large driver-side collection, "
          + "which is serialized into every task; use a `Broadcast` variable instead";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkLargeClosureCapture",
          SUMMARY,
          Severity.WARNING,
          MIN_ELEMENTS,
          REPORT_UNKNOWN_SIZE);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    CollectionSizes sizes = new CollectionSizes(context.rows(), context.types(), context.option(MIN_ELEMENTS));
    boolean reportUnknown = context.option(REPORT_UNKNOWN_SIZE);
    for (ExecutorClosures.Closure closure : new ExecutorClosures(context.types()).in(
        context.compilationUnit())) {
      Set<String> seen = new HashSet<>();
      for (ExecutorClosures.Capture capture : ExecutorClosures.captures(closure)) {
        if (capture.isStaticField() || !DriverCollections.isCollection(capture.declared())
            || !seen.add(capture.name())) {
          continue;
        }
        CollectionSizes.Size size = sizes.of(capture.declared());
        if (size.isLarge() || reportUnknown && size.isUnknown()) {
          context.report(closure.call(), message(capture, size, closure), fix(capture));
        }
      }
    }
  }

  private static String message(ExecutorClosures.Capture capture, CollectionSizes.Size size,
      ExecutorClosures.Closure closure) {
    String what = size.isLarge() ? "a driver-side collection filled from " + size.evidence()
        : "a driver-side collection of unknown size";
    return "the function passed to `" + closure.method() + "` captures `" + capture.name()
        + "`, " + what + "; Spark serializes it into every task, so the whole collection is "
        + "shipped again with each task";
  }

  private static String fix(ExecutorClosures.Capture capture) {
    String name = capture.name();
    return "broadcast it once (`Broadcast<...> " + name + "Bc = jsc.broadcast(" + name + ")`, "
        + "or `JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(" + name
        + ")`) and read `" + name + "Bc.value()` inside the function; for a big lookup table, "
        + "join with it as a Dataset instead";
  }
}
