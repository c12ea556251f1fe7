package io.github.sparklint.core.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.CallSites;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.JavaEdits;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.CallSite;
import io.github.sparklint.core.flow.MethodSummary;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.flow.SqlText;
import io.github.sparklint.core.flow.TableReads;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A broadcast join hint ({@code functions.broadcast(df)}, {@code df.hint("broadcast")}, a SQL
 * {@code /*+ BROADCAST(t) *}{@code /}) on a whole table or file read, or on a constant-bounded
 * Dataset above a row limit; and {@code sc.broadcast(x)} of an unbounded {@code collect()}. A
 * method modelled as broadcasting an argument is checked the same way at its calls; broadcast
 * variables are judged by {@link BroadcastVariables}.
 */
public final class SparkBroadcastLargeSource implements Rule {
  /** The largest constant row bound a broadcast side may have without a finding. */
  public static final RuleOption<Long> MAX_ROWS =
      RuleOption.count("maxRows", 1_000_000, 1, Long.MAX_VALUE,
          "largest constant row count (limit(n), range(n)) a broadcast side may have");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "broadcasting a whole table or an unbounded `collect()` builds the full data set in "
          + "driver memory before shipping a copy to every executor; the driver runs out of "
          + "memory";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkBroadcastLargeSource",
          SUMMARY,
          Severity.WARNING,
          MAX_ROWS);

  private static final String HINT_FIX = "broadcast only a reduced side: filter and select the "
      + "rows and columns the join needs (or aggregate) before the hint, or drop the hint and let "
      + "Spark choose a sort-merge join";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    TableReads reads = new TableReads(context.types());
    RowBounds bounds = context.rows();
    long max = context.option(MAX_ROWS);
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      String method = call.getNameAsString();
      BroadcastingHelperCalls.check(context, bounds, call);
      if (call.getArguments().isEmpty()
          || context.types().project().hasBroadcastingMethodNamed(method)
              && checkBroadcastingCall(context, call, reads, bounds, max)
          || (!SparkState.isBroadcastMarkingName(method) && !SparkApi.isSqlQueryName(method))) {
        continue;
      }
      Optional<SparkKind> owner = context.types().ownerOf(call);
      if (owner.isEmpty()) {
        continue;
      }
      if (SparkState.isBroadcastFunction(owner.get(), method)) {
        checkSide(context, call, call.getArgument(0), "broadcast(...)", reads, bounds, max,
            withoutBroadcastFunction(call));
      } else if (SparkState.isHint(owner.get(), method) && isBroadcastHint(call.getArgument(0))) {
        String hint = "hint(\"" + Constants.stringValue(call.getArgument(0)).orElse("") + "\")";
        checkSide(context, call, call.getScope().get(), hint, reads, bounds, max,
            withoutHint(call));
      } else if (SparkState.isBroadcastVariable(owner.get(), method)) {
        BroadcastVariables.check(context, call, call.getArgument(0), bounds);
      } else if (SparkApi.isSqlQuery(owner.get(), method)) {
        Constants.stringValue(call.getArgument(0)).ifPresent(sql -> checkSql(context, call, sql));
      }
    }
  }

  private static boolean isBroadcastHint(Expression name) {
    return Constants.stringValue(name).filter(SparkState::isBroadcastHintName).isPresent();
  }

  private static void checkSide(RuleContext context, MethodCallExpr call, Expression side,
      String hint, TableReads reads, RowBounds bounds, long max, SourceFix withoutIt) {
    Optional<MethodCallExpr> read = reads.unreducedRead(side);
    if (read.isPresent()) {
      context.report(call, "`" + hint + "` marks " + describeRead(read.get()) + " for a broadcast "
          + "join with no filter, select, aggregate or limit in between; Spark first builds the "
          + "whole table on the driver, then ships a copy to every executor", HINT_FIX, withoutIt);
      return;
    }
    Bound bound = bounds.of(side);
    if (bound.kind() == Bound.Kind.BOUNDED && bound.rows().isPresent()
        && bound.rows().getAsLong() > max) {
      context.report(call, "`" + hint + "` marks a Dataset of up to " + bound.rows().getAsLong()
          + " rows for a broadcast join, above the limit of " + max + "; Spark builds it on the "
          + "driver, then ships a copy to every executor", HINT_FIX, withoutIt);
    }
  }

  /**
   * {@code functions.broadcast(df)} becomes {@code df}: the hint changes how Spark joins, never
   * what the join returns, and the call returns its argument's type.
   */
  private static SourceFix withoutBroadcastFunction(MethodCallExpr call) {
    return call.getArguments().size() != 1 ? SourceFix.NONE
        : JavaEdits.unwrap(call, call.getArgument(0))
            .map(edits -> new SourceFix("remove the broadcast hint: `broadcast(x)` becomes `x`",
                edits))
            .orElse(SourceFix.NONE);
  }

  /** {@code df.hint("broadcast")} becomes {@code df}, for the same reasons. */
  private static SourceFix withoutHint(MethodCallExpr call) {
    return call.getArguments().size() != 1 ? SourceFix.NONE
        : JavaEdits.removeChainedCall(call)
            .map(edit -> new SourceFix("remove the broadcast hint `.hint(...)`", List.of(edit)))
            .orElse(SourceFix.NONE);
  }

  private static String describeRead(MethodCallExpr read) {
    Optional<String> what = read.getArguments().isEmpty() ? Optional.empty()
        : Constants.stringValue(read.getArgument(0));
    return "a whole " + (read.getNameAsString().equals("table") ? "table" : "file") + " read (`"
        + read.getNameAsString() + "(" + what.map(w -> "\"" + w + "\"").orElse("...") + ")`)";
  }

  /**
   * A call of a method that broadcasts an argument (a model in {@code sparklint.yaml}): a
   * Dataset argument is checked like a broadcast hint's side, another value like {@code
   * sc.broadcast}'s. False when the call reaches no such method.
   */
  private static boolean checkBroadcastingCall(RuleContext context, MethodCallExpr call,
      TableReads reads, RowBounds bounds, long max) {
    Optional<CallSite> site = CallSites.of(call);
    if (site.isEmpty()) {
      return false;
    }
    for (MethodSummary callee : context.types().project().methods(site.get())) {
      for (int param : callee.broadcasts()) {
        if (param >= call.getArguments().size()) {
          continue;
        }
        Expression argument = call.getArgument(param);
        if (context.types().kindOf(argument).filter(SparkKind::isDistributed).isPresent()) {
          checkSide(context, call, argument, call.getNameAsString() + "(...)", reads, bounds, max,
              SourceFix.NONE);
        } else {
          BroadcastVariables.check(context, call, argument, bounds);
        }
        return true;
      }
    }
    return false;
  }

  private static void checkSql(RuleContext context, MethodCallExpr call, String sql) {
    Set<String> views = tempViews(context);
    for (SqlText.HintedTable hinted : SqlText.broadcastHintedTables(sql)) {
      String table = hinted.table().toLowerCase(Locale.ROOT);
      if (views.contains(table.substring(table.lastIndexOf('.') + 1))) {
        continue;
      }
      context.report(call, "SQL hint `" + hinted.hint() + "(" + hinted.name() + ")` broadcasts "
          + "the whole table `" + hinted.table() + "` with no filter, projection or aggregate; "
          + "Spark first builds it on the driver, then ships a copy to every executor",
          "hint a subquery that keeps only the rows and columns the join needs, e.g. JOIN "
              + "(SELECT k, v FROM " + hinted.table() + " WHERE ...) " + hinted.name()
              + ", or drop the hint");
    }
  }

  /** Names registered as temporary views in this file: their size is not known. */
  private static Set<String> tempViews(RuleContext context) {
    return FileNodes.of(context.compilationUnit()).calls().stream()
        .filter(m -> SparkState.isTempViewRegistrationName(m.getNameAsString())
            && !m.getArguments().isEmpty() && m.getScope().isPresent())
        .filter(m -> context.types().receiverKind(m)
            .filter(k -> SparkState.isTempViewRegistration(k, m.getNameAsString())).isPresent())
        .map(m -> Constants.stringValue(m.getArgument(0)))
        .flatMap(Optional::stream)
        .map(n -> n.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }
}
