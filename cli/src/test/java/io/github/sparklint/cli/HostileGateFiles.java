package io.github.sparklint.cli;

import static io.github.sparklint.cli.HostileInput.analyzed;
import static io.github.sparklint.cli.HostileInput.configError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile {@code sparklint.yaml} files (bombs, wrong types, huge numbers, unknown keys, unsafe
 * tags, garbage) and baselines (absurd numbers, wrong versions, deep nesting, garbage): each is a
 * configuration error naming the file and the field, or, where it is harmless, accepted with the
 * canary still reported. Special files given as either (a FIFO, {@code /dev/zero}) must not block.
 */
final class HostileGateFiles {
  private static final String CONFIG = "config files";
  private static final String BASELINES = "baselines";
  private static final String YAML = "sparklint.yaml";
  private static final String BASELINE = "baseline.json";
  private static final String ENTRY =
      "{\"rule\": \"SparkUnboundedCollect\", \"file\": \"src/Other.java\", \"enclosing\": \"A#b\", "
          + "\"code\": \"x.collect()\", \"count\": %s}";

  private HostileGateFiles() {}

  static List<HostileInput> all() {
    List<HostileInput> inputs = new ArrayList<>();
    configFiles(inputs);
    baselines(inputs);
    return inputs;
  }

  private static void configFiles(List<HostileInput> in) {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [")
          .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    yaml(in, "a billion-laughs alias bomb", bomb + "rules: *a11\n", "");
    yaml(in, "10,000-deep nesting", "rules: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "");
    yaml(in, "rules as a list", "rules: [SparkLargeTake, SparkCacheInLoop]\n", "rules");
    yaml(in, "exclude as a number", "exclude: 5\n", "exclude");
    yaml(in, "a huge fileTimeout", "fileTimeout: 99999999999999999999999999\n", "fileTimeout");
    yaml(in, "fileTimeout 1e999999999", "fileTimeout: 1e999999999\n", "fileTimeout");
    yaml(in, "fileTimeout as a list", "fileTimeout: [30]\n", "fileTimeout");
    yaml(in, "failOnUnanalyzed as a mapping", "failOnUnanalyzed: {a: 1}\n", "failOnUnanalyzed");
    yaml(in, "a rule set twice", "rules:\n  SparkLargeTake: off\n  SparkLargeTake: on\n",
        "SparkLargeTake");
    yaml(in, "failOnUnanalyzed maybe", "failOnUnanalyzed: maybe\n", "failOnUnanalyzed");
    yaml(in, "a huge option value", "rules:\n  SparkLargeTake:\n    options:\n"
        + "      maxRows: 99999999999999999999999\n", "maxRows");
    yaml(in, "an option value that is a mapping", "rules:\n  SparkLargeTake:\n    options:\n"
        + "      maxRows: {a: 1}\n", "maxRows");
    yaml(in, "an unknown top-level key", "rulez:\n  SparkLargeTake: off\n", "rulez");
    yaml(in, "an unknown rule setting", "rules:\n  SparkLargeTake:\n    severty: error\n",
        "severty");
    yaml(in, "an unknown rule", "rules:\n  SparkCollectAll: off\n", "SparkCollectAll");
    yaml(in, "a duplicate key", "fileTimeout: 5\nfileTimeout: 6\n", "fileTimeout");
    yaml(in, "a Java type tag", "rules: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
        + " [[!!java.net.URL [\"http://localhost/\"]]]]\n", "");
    yaml(in, "tabs and broken indentation", "rules:\n\tSparkLargeTake: off\n  - x\n", "");
    yaml(in, "two documents", "fileTimeout: 5\n---\nfileTimeout: 6\n", "");
    in.add(configError(CONFIG, "binary garbage", YAML, "", p -> HostileInput.write(p, YAML,
        new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80, '\n', ':', '['})));
    in.add(configError(CONFIG, "a FIFO named with --config", "pipe.yaml", "",
        p -> withFifo(p, "pipe.yaml", "--config")));
    in.add(configError(CONFIG, "/dev/zero named with --config", "/dev/zero", "",
        p -> List.of("--config", "/dev/zero")));
    accepted(in, "an empty file", "");
    accepted(in, "only comments", "# nothing here\n# at all\n");
    accepted(in, "an exponential exclude glob (matched in linear time)",
        "exclude:\n  - \"src/" + "*a".repeat(40) + "*b\"\n");
    in.add(analyzed(CONFIG, "a directory named sparklint.yaml (not a config file)", null, p -> {
      Files.createDirectories(p.resolve(YAML));
      return List.of();
    }));
  }

  private static void baselines(List<HostileInput> in) {
    baseline(in, "count 1e999999999", entries(ENTRY.formatted("1e999999999")), "count");
    baseline(in, "a 30-digit count", entries(ENTRY.formatted("9".repeat(30))), "count");
    baseline(in, "count 1.5", entries(ENTRY.formatted("1.5")), "count");
    baseline(in, "count -1", entries(ENTRY.formatted("-1")), "count");
    baseline(in, "count as text", entries(ENTRY.formatted("\"1\"")), "count");
    baseline(in, "version 2", "{\"version\": 2, \"entries\": []}", "version");
    baseline(in, "version 1.9", "{\"version\": 1.9, \"entries\": []}", "version");
    baseline(in, "version 1e0", "{\"version\": 1e0, \"entries\": []}", "version");
    baseline(in, "no version", "{\"entries\": []}", "version");
    baseline(in, "entries as an object", "{\"version\": 1, \"entries\": {}}", "entries");
    baseline(in, "a duplicate field", "{\"version\": 1, \"version\": 1, \"entries\": []}",
        "version");
    baseline(in, "10,000-deep nesting", "{\"version\": 1, \"entries\": "
        + "[".repeat(10_000) + "]".repeat(10_000) + "}", "entries");
    baseline(in, "not JSON", "version = 1\n", "");
    baseline(in, "an empty file", "", "");
    in.add(configError(BASELINES, "Latin-1 bytes", BASELINE, "UTF-8", p -> {
      Files.write(p.resolve(BASELINE), "{\"version\": 1, \"tool\": \"caf\u00e9\", \"entries\": []}"
          .getBytes(StandardCharsets.ISO_8859_1));
      return List.of("--baseline", p.resolve(BASELINE).toString());
    }));
    in.add(configError(BASELINES, "a FIFO named with --baseline", "pipe.json", "",
        p -> withFifo(p, "pipe.json", "--baseline")));
    in.add(configError(BASELINES, "a directory named with --baseline", BASELINE, "", p -> {
      Files.createDirectories(p.resolve(BASELINE));
      return List.of("--baseline", p.resolve(BASELINE).toString());
    }));
    in.add(analyzed(BASELINES, "a valid baseline for another file", null, p -> {
      Files.writeString(p.resolve(BASELINE), entries(ENTRY.formatted("1")));
      return List.of("--baseline", p.resolve(BASELINE).toString());
    }));
  }

  private static void yaml(List<HostileInput> in, String name, String text, String field) {
    in.add(configError(CONFIG, name, YAML, field, p -> {
      Files.writeString(p.resolve(YAML), text);
      return List.of();
    }));
  }

  private static void accepted(List<HostileInput> in, String name, String text) {
    in.add(analyzed(CONFIG, name, null, p -> {
      Files.writeString(p.resolve(YAML), text);
      return List.of();
    }));
  }

  private static void baseline(List<HostileInput> in, String name, String text, String field) {
    in.add(configError(BASELINES, name, BASELINE, field, p -> {
      Files.writeString(p.resolve(BASELINE), text);
      return List.of("--baseline", p.resolve(BASELINE).toString());
    }));
  }

  private static String entries(String entry) {
    return "{\"version\": 1, \"tool\": \"sparklint\", \"entries\": [" + entry + "]}";
  }

  private static List<String> withFifo(Path project, String name, String option)
      throws IOException {
    Path fifo = project.resolve(name);
    HostileFiles.fifo(fifo);
    return List.of(option, fifo.toString());
  }
}
