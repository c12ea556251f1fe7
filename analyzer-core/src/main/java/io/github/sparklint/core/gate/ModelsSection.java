package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.spark.MethodFact;
import io.github.sparklint.core.spark.MethodModels;
import io.github.sparklint.core.spark.MethodRow;
import io.github.sparklint.core.spark.MethodRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code models:} section of {@code sparklint.yaml}: a version and a list of method
 * rows with the fields of the built-in Spark facts (docs/models.md):
 *
 * <pre>
 * models:
 *   version: 1
 *   methods:
 *     - class: com.acme.platform.Tables    # fully qualified or simple name
 *       method: read
 *       arity: 1                           # optional: every overload when left out
 *       fact: returns
 *       argument: dataset
 * </pre>
 *
 * Errors name the file, the line and the field.
 */
final class ModelsSection {
  /** The section's key in {@code sparklint.yaml}. */
  static final String KEY = "models";

  private static final String VERSION = "version";
  private static final String METHODS = "methods";
  private static final List<String> FIELDS =
      List.of("class", "method", "arity", "fact", "argument", "when");
  private static final Set<String> REQUIRED = Set.of("class", "method", "fact");

  private final YamlNodes nodes;

  ModelsSection(YamlNodes nodes) {
    this.nodes = nodes;
  }

  /** The validated models of the section {@code value}. */
  MethodModels read(Node value) {
    Node version = null;
    Node methods = null;
    for (NodeTuple entry : nodes.mapping(value, "'" + KEY + "'").getValue()) {
      String key = nodes.scalar(entry.getKeyNode(), "a key of " + KEY);
      switch (key) {
        case VERSION -> version = entry.getValueNode();
        case METHODS -> methods = entry.getValueNode();
        default -> throw nodes.error(entry.getKeyNode(), KEY + ": unknown key '" + key
            + "'; allowed: " + METHODS + ", " + VERSION);
      }
    }
    if (version == null) {
      throw nodes.error(value, KEY + " needs 'version: " + MethodModels.VERSION + "'");
    }
    String given = nodes.scalar(version, "a version number");
    if (!given.matches("[1-9]") || Integer.parseInt(given) > MethodModels.VERSION) {
      throw nodes.error(version, KEY + " version '" + given + "' is not supported; this "
          + "sparklint reads versions 1 to " + MethodModels.VERSION);
    }
    int read = Integer.parseInt(given);
    if (methods == null) {
      return MethodModels.none();
    }
    if (!(methods instanceof SequenceNode list)) {
      throw nodes.error(methods, KEY + ": '" + METHODS + "' must be a list of method rows");
    }
    List<MethodRow> rows = new ArrayList<>();
    for (Node item : list.getValue()) {
      rows.add(row(item, read));
    }
    try {
      return MethodModels.of(nodes.shown(), rows);
    } catch (MethodRows.BadRow e) {
      throw nodes.error(e.line(), KEY + ": field '" + e.field() + "': " + e.getMessage());
    }
  }

  private MethodRow row(Node item, int version) {
    Map<String, Node> fields = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    for (NodeTuple entry : nodes.mapping(item, "a row of " + KEY).getValue()) {
      String field = nodes.scalar(entry.getKeyNode(), "a field name");
      if (!FIELDS.contains(field)) {
        throw nodes.error(entry.getKeyNode(), KEY + ": unknown field '" + field + "'; allowed: "
            + String.join(", ", FIELDS));
      }
      if (field.equals("when") && version < MethodModels.CONDITIONS_VERSION) {
        throw nodes.error(entry.getKeyNode(), KEY + ": field 'when' needs 'version: "
            + MethodModels.CONDITIONS_VERSION + "' (this section says version " + version + ")");
      }
      fields.put(field, entry.getValueNode());
      values.put(field, nodes.scalar(entry.getValueNode(), "the value of '" + field + "'"));
    }
    if (MethodFact.HANDS.text().equals(values.get("fact"))
        && version < MethodModels.HANDS_VERSION) {
      throw nodes.error(fields.get("fact"), KEY + ": fact 'hands' needs 'version: "
          + MethodModels.HANDS_VERSION + "' (this section says version " + version + ")");
    }
    for (String field : FIELDS) {
      if (REQUIRED.contains(field) && !fields.containsKey(field)) {
        throw nodes.error(item, KEY + ": the row has no '" + field + "' (every row needs "
            + "class, method and fact)");
      }
    }
    int line = item.getStartMark().getLine() + 1;
    try {
      return MethodRows.row(values.get("class"), values.get("method"), values.get("arity"),
          values.get("fact"), values.getOrDefault("argument", ""), values.get("when"), line,
          true);
    } catch (MethodRows.BadRow e) {
      throw at(fields.get(e.field()), item, KEY + ": field '" + e.field() + "': "
          + e.getMessage());
    }
  }

  private ConfigException at(Node field, Node row, String message) {
    return nodes.error(field != null ? field : row, message);
  }
}
