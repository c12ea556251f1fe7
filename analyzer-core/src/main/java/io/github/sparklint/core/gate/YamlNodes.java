package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the nodes of one YAML file, with errors naming the file and the node's line. */
final class YamlNodes {
  private final String shown;

  /** @param shown the file as errors name it */
  YamlNodes(String shown) {
    this.shown = shown;
  }

  /** The file as errors name it. */
  String shown() {
    return shown;
  }

  /** {@code node} as a mapping without repeated keys (YAML forbids them; its parser keeps them). */
  MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode map) {
      Set<String> seen = new HashSet<>();
      for (NodeTuple entry : map.getValue()) {
        if (entry.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue().trim())) {
          throw error(key, "'" + key.getValue().trim() + "' is set twice in " + what);
        }
      }
      return map;
    }
    throw error(node, what + " must be a mapping of key: value");
  }

  String scalar(Node node, String what) {
    if (node instanceof ScalarNode s) {
      return s.getValue().trim();
    }
    throw error(node, "expected " + what + " (a plain value) here");
  }

  ConfigException error(Node at, String message) {
    return error(at.getStartMark().getLine() + 1, message);
  }

  ConfigException error(int line, String message) {
    return new ConfigException(shown + ":" + line + ": " + message);
  }
}
