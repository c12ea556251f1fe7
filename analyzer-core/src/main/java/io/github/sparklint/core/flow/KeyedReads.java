package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.QualifiedNames;
import io.github.sparklint.core.spark.ReadOptions;
import io.github.sparklint.core.spark.ReadOptions.ReadOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Connector reads that name their rows by keys ({@link ReadOptions}): {@code
 * spark.read().format("marklogic").option("spark.marklogic.read.documents.uris", "/a.json\n/b.json")
 * .load()} returns one row per URI. The reader chain before {@code load()} is read back from the
 * call: the option set last wins, an option that unbounds the read ({@code
 * secondaryUris.javascript}), an option whose key is no constant, {@code options(map)}, a path
 * or a format other than the option's leave the read unbounded, and so does a key list that is
 * no constant (a parameter, a list built in a loop).
 */
final class KeyedReads {
  private static final int MAX_DEPTH = 64;
  private static final String OPTION = "option";
  private static final String OPTIONS = "options";
  private static final String FORMAT = "format";
  private static final String SCHEMA = "schema";

  private KeyedReads() {}

  /** How many keys the read {@code load} (a reader's {@code load} call) names, if it names them. */
  static OptionalLong keyCount(MethodCallExpr load) {
    if (!load.getArguments().isEmpty() || load.getScope().isEmpty()) {
      return OptionalLong.empty(); // a path: the connector reads files
    }
    OptionalLong keys = OptionalLong.empty();
    String format = null;
    String keysFormat = null;
    Expression e = load.getScope().get();
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      if (e.isNameExpr()) {
        Optional<Expression> value = Declarations.finalValue(e.asNameExpr());
        if (value.isEmpty()) {
          break;
        }
        e = value.get();
        continue;
      }
      if (!e.isMethodCallExpr() || e.asMethodCallExpr().getScope().isEmpty()) {
        break;
      }
      MethodCallExpr step = e.asMethodCallExpr();
      String name = step.getNameAsString();
      if (name.equals(OPTIONS)) {
        return OptionalLong.empty();
      }
      if (name.equals(FORMAT) && step.getArguments().size() == 1 && format == null) {
        format = Constants.stringValue(step.getArgument(0)).orElse(null);
      } else if (name.equals(OPTION) && step.getArguments().size() == 2) {
        Optional<ReadOption> option = option(step.getArgument(0));
        if (option.isEmpty() && !namesConstant(step.getArgument(0))) {
          return OptionalLong.empty(); // a key the code computes may be any option
        }
        if (option.isPresent() && option.get().fact() == ReadOptions.Fact.UNBOUNDS) {
          return OptionalLong.empty();
        }
        if (option.isPresent() && keysFormat == null) { // the option set last wins
          Optional<String> value = Constants.stringValue(step.getArgument(1));
          if (value.isEmpty()) {
            return OptionalLong.empty();
          }
          keys = OptionalLong.of(option.get().fact().keyCount(value.get()));
          keysFormat = option.get().format();
        }
      } else if (!name.equals(SCHEMA)) {
        break;
      }
      e = step.getScope().get();
    }
    boolean otherFormat = format != null && keysFormat != null && !format.equalsIgnoreCase(keysFormat);
    return otherFormat ? OptionalLong.empty() : keys;
  }

  /**
   * True when {@code key} is a constant of some class, which this file may not see ({@code
   * Options.CLIENT_URI}, an inherited {@code CLIENT_URI}): an option of the connector that is no
   * row of {@link ReadOptions} leaves a keyed read keyed. A parameter, a local or a computed key
   * may name any option.
   */
  private static boolean namesConstant(Expression key) {
    if (key.isFieldAccessExpr()) {
      return QualifiedNames.of(key).isPresent();
    }
    return key.isNameExpr() && Declarations.find(key.asNameExpr())
        .map(d -> d.kind() == Declarations.Kind.FIELD).orElse(true);
  }

  /** The row of the option whose key {@code key} gives, as a constant or a connector constant. */
  private static Optional<ReadOption> option(Expression key) {
    Optional<String> text = Constants.stringValue(key);
    if (text.isPresent()) {
      return ReadOptions.ofKey(text.get());
    }
    return QualifiedNames.of(key).flatMap(ReadOptions::ofConstant);
  }
}
