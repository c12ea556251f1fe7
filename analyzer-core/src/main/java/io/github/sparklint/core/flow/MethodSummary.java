package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;

/**
 * What one method of the analyzed sources does in Spark terms, worked out in its own file: the
 * Spark kind it returns, where the rows of its returned Dataset/RDD come from, and which of its
 * parameters it brings to the driver.
 *
 * @param owner the key of the declaring type, its qualified name ({@code TypeKeys})
 * @param name the method's name
 * @param arity its number of parameters
 * @param file the declaring file, as reported
 * @param line the line of its name
 * @param returnKind the Spark kind of its declared return type, or null
 * @param returns where the rows of its returned Dataset/RDD come from (of those in the collection of
 *     them it returns, {@link ReturnedCollections}), or null when it returns none
 * @param collects the parameters it collects, directly or through another project method
 * @param lambdaParams for each parameter of a function type ({@code Consumer<Dataset<Row>>}),
 *     the Spark kinds of the values a lambda given there receives (null where not Spark); an
 *     empty list for other parameters
 * @param handed the rows it hands to functions that take a Dataset or RDD ({@code
 *     check.accept(dataset)} where {@code check} is a {@code Consumer<Dataset<Row>>}), in terms of
 *     its parameters: what lambdas given to it, or to its type's other methods, receive
 * @param collected where the rows come from that were collected into the driver collection it
 *     returns ({@code return table.collectAsList();}), or null when it returns no collected rows
 * @param stream whether the Dataset it returns is streaming, and watermarked
 * @param inertConfs the positions of its {@code SparkConf} parameters that it provably never
 *     hands to a running driver (only reads them, or passes them to test doubles)
 * @param broadcasts the parameters it broadcasts (ships to every executor, or marks for a
 *     broadcast join): itself ({@link BroadcastParameters}), or as a model says ({@link
 *     ModelLayer})
 * @param returnType the simple name of the library class it returns, so that a call on its result
 *     ({@code read(path).getReads()}) is found: a model's, or the class a source method of a name
 *     such a model has declares ({@link Summarizer}); else null
 * @param body what its code shows about its output when it is, or is called by, a function given
 *     to Spark ({@link FunctionFanOuts}); null for a modelled method, whose code is out of sight
 * @param varargs whether its last parameter is a varargs one ({@code Object... args}): a call
 *     with {@code arity - 1} or more arguments reaches it ({@link CallArguments})
 * @param copies the position of the collection parameter every value it returns is a copy of
 *     ({@code return new HashMap<>(map);}, {@link ParameterCopies}), or -1
 * @param drains the iterator parameters it copies every element of into a driver collection,
 *     itself or by passing them to a project method that does ({@link DrainedParameters})
 * @param stub whether its body is one {@code throw} statement ({@code throw new
 *     UnsupportedOperationException()} in a mock) or one {@code return null;} (a placeholder): it
 *     returns no rows, so a call of the abstract method it implements runs one of the others
 *     ({@link MethodLookup})
 */
public record MethodSummary(String owner, String name, int arity, String file, int line,
    SparkKind returnKind, Flow returns, List<Collect> collects,
    List<List<SparkKind>> lambdaParams, List<Flow> handed, Flow collected, StreamState stream,
    List<Integer> inertConfs, List<Integer> broadcasts, String returnType, FunctionBody body,
    boolean varargs, int copies, List<Drain> drains, boolean stub) {

  public MethodSummary {
    drains = drains == null ? List.of() : List.copyOf(drains);
    collects = collects == null ? List.of() : List.copyOf(collects);
    lambdaParams = lambdaParams == null ? List.of() : List.copyOf(lambdaParams);
    handed = handed == null ? List.of() : List.copyOf(handed);
    stream = stream == null ? StreamState.NOT_STREAMING : stream;
    inertConfs = inertConfs == null ? List.of() : List.copyOf(inertConfs);
    broadcasts = broadcasts == null ? List.of() : List.copyOf(broadcasts);
  }

  /**
   * True when it runs SQL text its callers give it and collects the rows ({@code List<Row>
   * sql(String statement, Object... args)}), itself or in collected rows it returns: a caller
   * passes a query without naming any Spark type.
   */
  public boolean collectsQueryItIsGiven() {
    return runsGivenQuery(collected)
        || collects.stream().anyMatch(collect -> runsGivenQuery(collect.rows()));
  }

  private static boolean runsGivenQuery(Flow flow) {
    if (flow == null) {
      return false;
    }
    return flow.op() == Flow.Op.SQL ? FieldRows.usesParameters(flow)
        : flow.inputs().stream().anyMatch(MethodSummary::runsGivenQuery);
  }

  /** A summary of a modelled method, whose code is out of sight. */
  public MethodSummary(String owner, String name, int arity, String file, int line,
      SparkKind returnKind, Flow returns, List<Collect> collects,
      List<List<SparkKind>> lambdaParams, List<Flow> handed, Flow collected, StreamState stream,
      List<Integer> inertConfs, List<Integer> broadcasts) {
    this(owner, name, arity, file, line, returnKind, returns, collects, lambdaParams, handed,
        collected, stream, inertConfs, broadcasts, null, null, false, -1, List.of(), false);
  }

  /** The Spark kind of parameter {@code param} of a lambda passed as argument {@code argument}. */
  public SparkKind lambdaParamKind(int argument, int param) {
    if (argument < 0 || argument >= lambdaParams.size()) {
      return null;
    }
    List<SparkKind> kinds = lambdaParams.get(argument);
    return param >= 0 && param < kinds.size() ? kinds.get(param) : null;
  }

  /**
   * Rows that depend on the parameters, brought to the driver: by a collecting action in this
   * method ({@code via} null), or by passing them to a project method that collects that argument.
   *
   * @param param the first parameter the collected rows depend on
   * @param action the collecting action ({@code collectAsList}) or the called method's name
   * @param line where it happens
   * @param via the call it is passed to, or null
   * @param viaArg the argument position in that call
   * @param rows the collected rows (or the argument passed on), in terms of the parameters
   * @param broadcast true when this method then broadcasts the collected rows ({@link
   *     BroadcastCollects})
   */
  public record Collect(int param, String action, int line, CallSite via, int viaArg, Flow rows,
      boolean broadcast) {}

  /**
   * An iterator parameter whose every element is copied into a driver collection: by this method's
   * own code at {@code line} ({@code via} null), or by the project method it is passed to there.
   *
   * @param param the drained parameter
   * @param line where the drain, or the call passing the iterator on, is
   * @param via the call it is passed to, or null
   * @param viaArg the argument position in that call
   */
  public record Drain(int param, int line, CallSite via, int viaArg) {}

  /**
   * True when sparklint knows something about this method in Spark terms: it returns a Spark kind,
   * collects, hands rows to functions, returns collected rows or a stream, takes a SparkConf it
   * never starts a driver with, returns a copy of a collection parameter or drains an iterator one. A method without any
   * of these answers like no method at all.
   */
  public boolean isSparkRelevant() {
    return copies >= 0 || !drains.isEmpty() || returnKind != null || returns != null || !collects.isEmpty() || !lambdaParams.isEmpty()
        || !handed.isEmpty() || collected != null || stream != StreamState.NOT_STREAMING
        || !inertConfs.isEmpty() || returnType != null;
  }

  /** True for a method of the analyzed sources (declared in a Java file), not a model's. */
  public boolean inSources() {
    return file != null && file.endsWith(".java");
  }

  /** {@code p.Owner#name/arity}: the key callers are counted under. */
  public String key() {
    return owner + "#" + name + "/" + arity;
  }

  /** Where the rows of this method come from, for messages. */
  public Bound.Via via() {
    return new Bound.Via(TypeKeys.simpleName(owner) + "." + name, file, line);
  }
}
