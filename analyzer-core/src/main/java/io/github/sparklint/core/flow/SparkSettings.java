package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.QualifiedNames;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkConfigKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Spark settings one file makes in code: {@code SparkConf.set/setIfMissing}, {@code
 * SparkSession.Builder.config} (every overload), {@code spark.conf().set}, {@code
 * SQLContext.setConf}, {@code spark.sql("SET key=value")} and {@code System.setProperty("spark.*",
 * ..)}. Keys must be constants (literals, {@code static final} fields, constant expressions);
 * reads ({@code conf.get(..)}) and look-alikes on non-Spark receivers are not settings.
 */
public final class SparkSettings {
  private static final DataKey<List<Setting>> CACHE = new DataKey<>() {};

  private SparkSettings() {}

  /** How a setting was made in code. */
  public enum Via {
    SPARK_CONF("`SparkConf.set`"),
    SESSION_BUILDER("`SparkSession.builder().config`"),
    RUNTIME_CONFIG("`spark.conf().set`"),
    SQL_CONTEXT("`SQLContext.setConf`"),
    SQL_SET("a SQL `SET` statement"),
    SYSTEM_PROPERTY("`System.setProperty`");

    private final String description;

    Via(String description) {
      this.description = description;
    }

    /** How the finding message names this way of setting. */
    public String description() {
      return description;
    }
  }

  /**
   * One setting made in code.
   *
   * @param key the setting's key, e.g. {@code spark.sql.shuffle.partitions}
   * @param value the value as Spark receives it (numbers and booleans as text), when constant
   * @param via how it was set
   * @param node the call that sets it (findings are reported there)
   */
  public record Setting(String key, Optional<String> value, Via via, MethodCallExpr node) {}

  /** Every setting of {@code cu} with a constant key, in source order (computed once per file). */
  public static List<Setting> in(CompilationUnit cu, SparkTypes types) {
    if (cu.containsData(CACHE)) {
      return cu.getData(CACHE);
    }
    List<Setting> settings = new ArrayList<>();
    for (MethodCallExpr call : FileNodes.of(cu).calls()) {
      setting(call, types).ifPresent(settings::add);
    }
    List<Setting> result = List.copyOf(settings);
    cu.setData(CACHE, result);
    return result;
  }

  private static Optional<Setting> setting(MethodCallExpr call, SparkTypes types) {
    String method = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    if (QualifiedNames.of(scope.get())
        .filter(owner -> SparkConfigKeys.isSystemPropertySetter(owner, method)).isPresent()) {
      return systemProperty(call);
    }
    boolean sql = method.equals("sql");
    if (!sql && !SparkConfigKeys.isConfigSetterName(method)) {
      return Optional.empty();
    }
    Optional<SparkKind> owner = types.receiverKind(call);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    if (sql && SparkApi.isSqlQuery(owner.get(), method)) {
      return sqlSet(call);
    }
    if (!SparkConfigKeys.isConfigSetter(owner.get(), method) || call.getArguments().size() != 2) {
      return Optional.empty();
    }
    return keyOf(call).map(key -> new Setting(key, valueOf(call.getArgument(1)),
        via(owner.get()), call));
  }

  private static Optional<Setting> systemProperty(MethodCallExpr call) {
    if (call.getArguments().size() != 2 || isLocalName(call.getScope().get())) {
      return Optional.empty();
    }
    return keyOf(call)
        .filter(key -> key.startsWith(SparkConfigKeys.CONFIG_PREFIX))
        .map(key -> new Setting(key, valueOf(call.getArgument(1)), Via.SYSTEM_PROPERTY, call));
  }

  private static Optional<Setting> sqlSet(MethodCallExpr call) {
    if (call.getArguments().isEmpty()) {
      return Optional.empty();
    }
    return Constants.stringValue(call.getArgument(0))
        .flatMap(SqlText::setCommand)
        .map((Map.Entry<String, String> kv) ->
            new Setting(kv.getKey(), Optional.of(kv.getValue()), Via.SQL_SET, call));
  }

  private static Optional<String> keyOf(MethodCallExpr call) {
    return Constants.stringValue(call.getArgument(0)).map(String::trim);
  }

  /** The value as Spark turns it into text; {@code double}s the way {@code Double.toString} does. */
  private static Optional<String> valueOf(Expression value) {
    if (value.isDoubleLiteralExpr()) {
      return Optional.of(String.valueOf(value.asDoubleLiteralExpr().asDouble()));
    }
    return Constants.stringValue(value);
  }

  private static boolean isLocalName(Node scope) {
    return scope instanceof NameExpr name
        && Declarations.find(name).isPresent();
  }

  private static Via via(SparkKind owner) {
    return switch (owner) {
      case SESSION_BUILDER -> Via.SESSION_BUILDER;
      case RUNTIME_CONFIG -> Via.RUNTIME_CONFIG;
      case SQL_CONTEXT -> Via.SQL_CONTEXT;
      default -> Via.SPARK_CONF;
    };
  }
}
