package io.github.sparklint.triage;

import java.nio.file.Path;

/** The ways a triage is printed; fronts pick one by name. */
public enum TriageFormat {
  TEXT, JSON, SARIF;

  /** {@code result} in this format; SARIF paths are relative to {@code baseDir}. */
  public String render(TriageResult result, Path baseDir) {
    return switch (this) {
      case TEXT -> TriageText.render(result);
      case JSON -> TriageJson.render(result);
      case SARIF -> TriageSarif.render(result, baseDir);
    };
  }
}
