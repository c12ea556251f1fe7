package io.github.sparklint.core.rule;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.flow.SparkTypes;
import io.github.sparklint.core.java.Suppressions;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.RowBounds;
import java.util.ArrayList;
import java.util.List;

/** What one rule sees of one file, and where it reports. Built by the engine per file and rule. */
public final class RuleContext {
  private final Rule rule;
  private final String file;
  private final CompilationUnit compilationUnit;
  private final SparkTypes types;
  private final RowBounds rows;
  private final SparklintConfig config;
  private final List<Finding> sink;

  public RuleContext(
      Rule rule,
      String file,
      CompilationUnit compilationUnit,
      SparkTypes types,
      RowBounds rows,
      SparklintConfig config,
      List<Finding> sink) {
    this.rule = rule;
    this.file = file;
    this.compilationUnit = compilationUnit;
    this.types = types;
    this.rows = rows;
    this.config = config;
    this.sink = sink;
  }

  public CompilationUnit compilationUnit() {
    return compilationUnit;
  }

  /** Spark type facts for expressions of this file. */
  public SparkTypes types() {
    return types;
  }

  /**
   * How many rows Dataset/RDD expressions of this file hold, followed through locals and the
   * project's other methods (one instance per file, shared by the rules).
   */
  public RowBounds rows() {
    return rows;
  }

  /** The file being checked, as reported. */
  public String file() {
    return file;
  }

  /** The configured (or default) value of one of this rule's options. */
  public <T> T option(RuleOption<T> option) {
    return config.option(rule, option);
  }

  /**
   * Reports a finding at {@code at} (for a method call: at its name) unless suppressed there.
   *
   * @param message what was found and why it is risky
   * @param fix the concrete fix
   */
  public void report(Node at, String message, String fix) {
    report(at, message, fix, List.of(), SourceFix.NONE);
  }

  /**
   * Reports a finding that {@code autoFix} fixes: edits of this file the rule proved safe (see
   * {@link io.github.sparklint.core.java.JavaEdits}); {@link SourceFix#NONE} when there are none.
   */
  public void report(Node at, String message, String fix, SourceFix autoFix) {
    report(at, message, fix, List.of(), autoFix);
  }

  /**
   * Reports a finding about data that came through other methods: {@code rows}' path becomes the
   * finding's related locations, each helper on the way and, last, the one that built the rows.
   */
  public void report(Node at, String message, String fix, Bound rows) {
    report(at, message, fix, rows, rows.confidence());
  }

  /**
   * As {@link #report(Node, String, String, Bound)}, at {@code confidence} instead of the one
   * the rows give ({@link Bound#confidence()}): for a rule whose findings about such rows measure
   * otherwise.
   */
  public void report(Node at, String message, String fix, Bound rows, Confidence confidence) {
    report(at, message, fix, origins(rows), SourceFix.NONE, SourceLocations.normalizedCode(at),
        confidence);
  }

  /**
   * Reports a call that hands {@code rows} to a project method which brings them to the driver at
   * {@code collectedAt}: that collecting call comes first among the related locations, then
   * {@code rows}' path.
   */
  public void report(Node at, String message, String fix, Bound rows, Bound.Via collectedAt) {
    report(at, message, fix, rows, collectedAt, rows.confidence());
  }

  /**
   * As {@link #report(Node, String, String, Bound, Bound.Via)}, at {@code confidence} instead of
   * the one the rows give.
   */
  public void report(Node at, String message, String fix, Bound rows, Bound.Via collectedAt,
      Confidence confidence) {
    List<Finding.RelatedLocation> related = new ArrayList<>();
    if (!collectedAt.isBuiltIn()) {
      related.add(new Finding.RelatedLocation(collectedAt.file(), collectedAt.line(),
          "the rows are brought to the driver here, in `" + collectedAt.method() + "()`",
          Finding.Role.SINK));
    }
    related.addAll(origins(rows));
    report(at, message, fix, related, SourceFix.NONE, SourceLocations.normalizedCode(at),
        confidence);
  }

  private static List<Finding.RelatedLocation> origins(Bound rows) {
    List<Finding.RelatedLocation> related = new ArrayList<>();
    for (int i = 0; i < rows.path().size(); i++) {
      Bound.Via step = rows.path().get(i);
      if (step.isBuiltIn()) {
        // a built-in model is no file of the user's: the message names it, no location does
        continue;
      }
      boolean origin = i == rows.path().size() - 1;
      related.add(new Finding.RelatedLocation(step.file(), step.line(),
          (origin ? "rows come from `" : "rows pass through `") + step.method() + "()`"
              + (origin ? describe(rows) : "")));
    }
    return related;
  }

  /** What the rows are, as far as the bound tells: ", unbounded", ", up to 10 rows". */
  private static String describe(Bound rows) {
    return switch (rows.kind()) {
      case UNBOUNDED -> ", unbounded";
      case PARAMETER, UNKNOWN -> "";
      case BOUNDED -> rows.rows().isPresent() ? ", up to " + rows.rows().getAsLong() + " rows"
          : rows.originMethod().map(m -> ", bounded by `" + m + "`").orElse("");
      case DRIVER_DATA -> ", built from driver data";
    };
  }

  /**
   * Reports a finding about the Spark setting {@code key} made at {@code at}, fixed by {@code
   * autoFix}: its identity (for baselines and fingerprints) is the setting, not the text of the
   * chain making it.
   */
  public void reportSetting(Node at, String key, String message, String fix, SourceFix autoFix) {
    report(at, message, fix, List.of(), autoFix, SettingCode.of(key), Confidence.HIGH);
  }

  private void report(Node at, String message, String fix,
      List<Finding.RelatedLocation> related, SourceFix autoFix) {
    report(at, message, fix, related, autoFix, SourceLocations.normalizedCode(at),
        Confidence.HIGH);
  }

  private void report(Node at, String message, String fix,
      List<Finding.RelatedLocation> related, SourceFix autoFix, String code,
      Confidence confidence) {
    if (Suppressions.isSuppressed(at, rule.id())) {
      return;
    }
    Node anchor = at instanceof MethodCallExpr call ? call.getName() : at;
    Severity severity = config.severityOf(rule);
    sink.add(new Finding(
        rule.id(),
        severity,
        file,
        SourceLocations.line(anchor),
        SourceLocations.column(anchor),
        message,
        fix,
        SourceLocations.enclosing(at),
        code,
        related,
        autoFix,
        confidence));
  }
}
