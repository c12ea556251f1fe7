package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
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

  MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode map) {
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
