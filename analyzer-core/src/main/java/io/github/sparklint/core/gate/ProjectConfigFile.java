package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.DidYouMean;
import io.github.sparklint.core.FileTimeout;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.spark.MethodModels;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code sparklint.yaml}, the one configuration file all three fronts find at the project
 * root:
 *
 * <pre>
 * rules:
 *   SparkLargeTake:
 *     severity: error          # error | warning | note
 *     options:
 *       maxRows: 10000
 *   SparkCacheInLoop: off      # shorthand: on/off, or a severity
 * exclude:                     # globs relative to this file's directory
 *   - "**&#47;generated/**"
 * fileTimeout: 30              # seconds per file, parse plus rules
 * failOnUnanalyzed: true       # a file sparklint could not analyze fails the check
 * failOn: warning              # the lowest severity that fails the check
 * maxAllowedViolations: 0      # failing findings tolerated before the check fails
 * confidence: medium           # the lowest confidence shown: high | medium | low
 * models:                      # methods of code sparklint cannot see (docs/models.md)
 *   version: 1
 *   methods:
 *     - {class: com.acme.Tables, method: read, fact: returns, argument: dataset}
 * </pre>
 *
 * Every value is validated by {@link SparklintConfig.Builder}; errors name the file and line.
 */
public final class ProjectConfigFile {
  /** The file name the fronts look for. */
  public static final String NAME = "sparklint.yaml";

  private static final String FAIL_ON_UNANALYZED = "failOnUnanalyzed";
  private static final String FAIL_ON = "failOn";
  private static final String MAX_ALLOWED = "maxAllowedViolations";
  private static final String CONFIDENCE = "confidence";
  private static final Set<String> TOP_KEYS = Set.of("rules", "exclude", FileTimeout.KEY,
      FAIL_ON_UNANALYZED, FAIL_ON, MAX_ALLOWED, ModelsSection.KEY, CONFIDENCE);
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "options");
  private static final Set<String> ON = Set.of("on", "true", "yes");
  private static final Set<String> OFF = Set.of("off", "false", "no");

  private final YamlNodes nodes;
  private final List<Consumer<SparklintConfig.Builder>> settings = new ArrayList<>();
  private final List<String> excludes = new ArrayList<>();
  private Duration fileTimeout;
  private Boolean failOnUnanalyzed;
  private Severity failOn;
  private Integer maxAllowedViolations;

  private ProjectConfigFile(String shown) {
    this.nodes = new YamlNodes(shown);
  }

  /** {@code dir/sparklint.yaml} when it exists. */
  public static Optional<Path> in(Path dir) {
    Path file = dir.resolve(NAME);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The first {@code sparklint.yaml} in {@code dir} or one of its parents. */
  public static Optional<Path> above(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Optional<Path> file = in(d);
      if (file.isPresent()) {
        return file;
      }
    }
    return Optional.empty();
  }

  /**
   * The first {@code sparklint.yaml} in {@code dir} or one of its parents up to {@code top}
   * (included), else in {@code top}: a module of a multi-module build finds its own file first,
   * then the build's, as the Error Prone checks do walking up from the module's sources.
   */
  public static Optional<Path> nearest(Path dir, Path top) {
    Path start = dir.toAbsolutePath().normalize();
    Path stop = top.toAbsolutePath().normalize();
    Optional<Path> file = in(start);
    for (Path d = start.getParent(); file.isEmpty() && d != null && d.startsWith(stop);
        d = d.getParent()) {
      file = in(d);
    }
    return file.isPresent() ? file : in(stop);
  }

  /**
   * Reads and validates {@code file}; excludes are relative to its directory.
   *
   * @throws ConfigException naming the file, line and what is wrong
   */
  public static ProjectConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("configuration file " + file + " does not exist");
    }
    ProjectConfigFile parser = new ProjectConfigFile(file.toString());
    Node root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (YAMLException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
    } catch (IOException e) {
      throw new ConfigException(file + " cannot be read: " + e.getMessage());
    }
    if (root != null) {
      parser.readRoot(root);
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    Excludes excludes;
    try {
      excludes = Excludes.of(dir, parser.excludes);
    } catch (ConfigException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
    return new ProjectConfig(Optional.of(file), parser.settings, excludes,
        Optional.ofNullable(parser.fileTimeout), Optional.ofNullable(parser.failOnUnanalyzed),
        Optional.ofNullable(parser.failOn), Optional.ofNullable(parser.maxAllowedViolations));
  }

  private void readRoot(Node root) {
    for (NodeTuple entry : mapping(root, "the top level").getValue()) {
      String key = scalar(entry.getKeyNode(), "a key");
      Node value = entry.getValueNode();
      switch (key) {
        case "rules" -> mapping(value, "'rules'").getValue().forEach(this::readRule);
        case "exclude" -> readExcludes(value);
        case ModelsSection.KEY -> {
          MethodModels models = new ModelsSection(nodes).read(value);
          add(value, b -> b.models(models));
        }
        case FAIL_ON_UNANALYZED -> failOnUnanalyzed = readBoolean(FAIL_ON_UNANALYZED, value);
        case FAIL_ON -> {
          String level = scalar(value, FAIL_ON + ": error, warning or note");
          failOn = checked(value, () -> Severity.parse(level));
        }
        case MAX_ALLOWED -> maxAllowedViolations = readCount(MAX_ALLOWED, value);
        case CONFIDENCE -> {
          String level = scalar(value, CONFIDENCE + ": high, medium or low");
          add(value, b -> b.confidence(level));
        }
        case FileTimeout.KEY -> {
          String seconds = scalar(value, FileTimeout.KEY + ": a number of seconds");
          fileTimeout = checked(value, () -> FileTimeout.parse(seconds, FileTimeout.KEY));
        }
        default -> throw error(entry.getKeyNode(), "unknown key '" + key + "'"
            + DidYouMean.hint(key, TOP_KEYS) + "; allowed: "
            + String.join(", ", TOP_KEYS.stream().sorted().toList()));
      }
    }
  }

  private void readRule(NodeTuple entry) {
    String rule = scalar(entry.getKeyNode(), "a rule id");
    Node value = entry.getValueNode();
    if (value instanceof ScalarNode) {
      String word = scalar(value, "on, off or a severity").toLowerCase(Locale.ROOT);
      if (ON.contains(word) || OFF.contains(word)) {
        boolean on = ON.contains(word);
        add(entry.getKeyNode(), b -> b.enabled(rule, on));
      } else {
        add(value, b -> b.severity(rule, word));
      }
      return;
    }
    add(entry.getKeyNode(), b -> b.enabled(rule, true));
    for (NodeTuple setting : mapping(value, "rule " + rule).getValue()) {
      String key = scalar(setting.getKeyNode(), "a rule setting");
      Node v = setting.getValueNode();
      switch (key) {
        case "enabled" -> readEnabled(rule, v);
        case "severity" -> {
          String level = scalar(v, "the severity of " + rule);
          add(v, b -> b.severity(rule, level));
        }
        case "options" -> {
          for (NodeTuple option : mapping(v, "options of " + rule).getValue()) {
            String name = scalar(option.getKeyNode(), "an option name");
            String raw = scalar(option.getValueNode(), "the value of " + rule + ":" + name);
            add(option.getValueNode(), b -> b.option(rule, name, raw));
          }
        }
        default -> throw error(setting.getKeyNode(), "unknown setting '" + key + "' for rule "
            + rule + DidYouMean.hint(key, RULE_KEYS) + "; allowed: " + String.join(", ", RULE_KEYS.stream().sorted().toList()));
      }
    }
  }

  private boolean readBoolean(String key, Node value) {
    String word = scalar(value, key + ": true or false").toLowerCase(Locale.ROOT);
    if (!ON.contains(word) && !OFF.contains(word)) {
      throw error(value, key + " has value '" + word + "'; expected true or false");
    }
    return ON.contains(word);
  }

  private int readCount(String key, Node value) {
    String text = scalar(value, key + ": a whole number");
    return checked(value, () -> {
      try {
        return Gate.maxAllowedViolations(Integer.parseInt(text.trim()), key);
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " has value '" + text + "'; expected a whole number from 0 to "
            + Integer.MAX_VALUE);
      }
    });
  }

  private void readEnabled(String rule, Node value) {
    String word = scalar(value, "enabled of " + rule + ": true or false")
        .toLowerCase(Locale.ROOT);
    if (!ON.contains(word) && !OFF.contains(word)) {
      throw error(value, "rule " + rule + " has enabled: '" + word + "'; expected true or false");
    }
    add(value, b -> b.enabled(rule, ON.contains(word)));
  }

  private void readExcludes(Node value) {
    if (!(value instanceof SequenceNode sequence)) {
      throw error(value, "'exclude' must be a list of globs, e.g. - \"**/generated/**\"");
    }
    for (Node item : sequence.getValue()) {
      excludes.add(scalar(item, "a glob in 'exclude'"));
    }
  }

  /** {@code value}'s parsed form; a bad value is reported at its line. */
  private <T> T checked(Node value, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ConfigException e) {
      throw error(value, e.getMessage());
    }
  }

  /** Validates {@code setting} now, so that a bad value is reported at its line. */
  private void add(Node at, Consumer<SparklintConfig.Builder> setting) {
    try {
      setting.accept(SparklintConfig.builder());
    } catch (ConfigException e) {
      throw error(at, e.getMessage());
    }
    settings.add(setting);
  }

  /** {@code node} as a mapping without repeated keys (YAML forbids them; its parser keeps them). */
  private MappingNode mapping(Node node, String what) {
    return nodes.mapping(node, what);
  }

  private String scalar(Node node, String what) {
    return nodes.scalar(node, what);
  }

  private ConfigException error(Node at, String message) {
    return nodes.error(at, message);
  }
}
