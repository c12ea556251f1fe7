package io.github.sparklint.core.gate;

import io.github.sparklint.core.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Line-independent identities of findings: rule, file, enclosing member, normalised code and the
 * occurrence among identical ones. Moving code does not change them.
 */
public final class Fingerprints {
  /**
   * The key under which SARIF {@code partialFingerprints} carry them, versioned: v2 identifies a
   * finding about a Spark setting made in Java by the setting's key (v1 by the whole call chain).
   */
  public static final String SARIF_KEY = "sparklint/v2";

  private Fingerprints() {}

  /** A fingerprint for each finding (by identity). */
  public static Map<Finding, String> of(List<Finding> findings) {
    Map<Finding, String> result = new IdentityHashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (Finding f : findings) {
      String identity = f.ruleId() + "\n" + f.file() + "\n" + f.enclosing() + "\n" + f.code();
      int occurrence = occurrences.merge(identity, 1, Integer::sum);
      result.put(f, sha256(identity + "\n" + occurrence));
    }
    return result;
  }

  /** The identity text of one finding without its occurrence, e.g. for baselines. */
  public static String identity(Finding f) {
    return f.ruleId() + "\n" + f.file() + "\n" + f.enclosing() + "\n" + f.code();
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        sb.append(String.format("%02x", hash[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
