package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.DriverCollections;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.flow.SparkTypes;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;

/**
 * Accumulators whose value is a growing collection: {@code sc.collectionAccumulator(..)}, {@code
 * new CollectionAccumulator<>()}, and {@code AccumulatorV2} subclasses (named or anonymous) whose
 * value type is a List, Set, Map or similar.
 */
public final class SparkCollectionAccumulator implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "an accumulator whose value is a growing collection gathers every element added on any "
          + "executor into driver memory, merged task by task; on real data the driver runs "
          + "out of memory";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkCollectionAccumulator",
          SUMMARY,
          Severity.WARNING);

  private static final String WHY = "Spark merges each task's copy into the driver's value, so "
      + "the driver holds every element ever added";

  private static final String FIX = "use sc.longAccumulator()/doubleAccumulator() for counts and "
      + "sums; to gather the values themselves, write them out (ds.write()) or aggregate them on "
      + "the cluster (reduceByKey, groupBy().agg())";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    SparkTypes types = context.types();
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      if (!SparkState.isGrowingAccumulatorFactoryName(call.getNameAsString())) {
        continue;
      }
      Optional<SparkKind> owner = types.receiverKind(call);
      if (owner.isPresent()
          && SparkState.isGrowingAccumulatorFactory(owner.get(), call.getNameAsString())) {
        context.report(call, "`" + call.getNameAsString() + "()` creates an accumulator that "
            + "collects every added value into one driver-side list; " + WHY, FIX);
      }
    }
    for (ObjectCreationExpr created : FileNodes.of(context.compilationUnit()).creations()) {
      checkCreation(context, created);
    }
    for (ClassOrInterfaceDeclaration declared :
        FileNodes.of(context.compilationUnit()).classes()) {
      declared.getExtendedTypes().forEach(base -> checkBase(context, base, base,
          "`" + declared.getNameAsString() + "`"));
    }
  }

  private static void checkCreation(RuleContext context, ObjectCreationExpr created) {
    ClassOrInterfaceType type = created.getType();
    Optional<String> spark = context.types().sparkClassOf(type);
    if (spark.isEmpty()) {
      return;
    }
    if (SparkState.isGrowingAccumulatorClass(spark.get())) {
      context.report(created, "`new " + type.getNameAsString() + "()` collects every added "
          + "value into one driver-side list; " + WHY, FIX);
      return;
    }
    if (created.getAnonymousClassBody().isPresent()) {
      checkBase(context, type, created, "an anonymous accumulator");
    }
  }

  /** Reports when {@code base} is {@code AccumulatorV2<IN, growing>} or a growing accumulator. */
  private static void checkBase(RuleContext context, ClassOrInterfaceType base, Node at,
      String who) {
    Optional<String> spark = context.types().sparkClassOf(base);
    if (spark.isEmpty()) {
      return;
    }
    if (SparkState.isGrowingAccumulatorClass(spark.get())) {
      context.report(at, who + " extends `" + base.getNameAsString() + "`, whose value "
          + "collects every added element; " + WHY, FIX);
      return;
    }
    int index = SparkState.accumulatorValueTypeIndex();
    List<Type> arguments = base.getTypeArguments().map(List::copyOf).orElse(List.of());
    if (!SparkState.isAccumulatorBase(spark.get()) || arguments.size() <= index
        || !DriverCollections.isGrowingType(arguments.get(index))) {
      return;
    }
    context.report(at, who + " is an `AccumulatorV2` whose value type `" + arguments.get(index)
        + "` grows with every element added; " + WHY, FIX);
  }
}
