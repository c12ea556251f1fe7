package io.github.sparklint.core.report;

import com.google.gson.JsonObject;
import io.github.sparklint.core.java.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The URIs in a SARIF report, as RFC 3986 URI references: a file under the base directory is a
 * relative reference resolved against the {@code SRCROOT} base, any other file an absolute {@code
 * file:} URI. Every character but the unreserved ones ({@code A-Z a-z 0-9 - . _ ~}) and the {@code
 * /} separator is percent-encoded as UTF-8 (a lone surrogate as U+FFFD), so spaces, {@code #},
 * {@code %}, {@code ?} and non-ASCII names survive any consumer; {@code :} is kept only in absolute
 * URIs, where it cannot be taken for a scheme.
 */
final class SarifUris {
  /** The base id relative URIs are resolved against. */
  static final String SRCROOT = "SRCROOT";
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:/");
  private static final Pattern UNC = Pattern.compile("//[^/]");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SarifUris() {}

  /**
   * The {@code artifactLocation} of a reported file: {@code uri} plus {@code uriBaseId} for a
   * repository-relative path; a {@code file:} URI for an absolute one.
   *
   * @param file a reported path, {@code /}-separated, relative to the base directory or absolute
   */
  static JsonObject artifactLocation(String file) {
    JsonObject artifact = new JsonObject();
    if (isAbsolute(file)) {
      artifact.addProperty("uri", fileUri(file));
    } else {
      artifact.addProperty("uri", encode(file, false));
      artifact.addProperty("uriBaseId", SRCROOT);
    }
    return artifact;
  }

  /** The {@code file:} URI of the directory {@code dir}, ending in {@code /}. */
  static String directoryUri(Path dir) {
    String uri = fileUri(SourceFiles.slashed(dir.toAbsolutePath().normalize()));
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** Whether a reported path is absolute: {@code /...}, {@code //host/...} or {@code C:/...}. */
  static boolean isAbsolute(String path) {
    return path.startsWith("/") || DRIVE.matcher(path).lookingAt();
  }

  /**
   * The {@code file:} URI of an absolute path: {@code file:///abs/path}, {@code file:///C:/path},
   * or {@code file://host/share/path} for a UNC path.
   */
  static String fileUri(String absolutePath) {
    if (UNC.matcher(absolutePath).lookingAt()) {
      return "file:" + encode(absolutePath, true);
    }
    return "file://" + (absolutePath.startsWith("/") ? "" : "/") + encode(absolutePath, true);
  }

  /** {@code path} with every character but the unreserved ones and {@code /} percent-encoded. */
  static String encode(String path, boolean keepColons) {
    StringBuilder sb = new StringBuilder(path.length() + 16);
    int i = 0;
    while (i < path.length()) {
      int cp = path.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnreserved(cp) || cp == '/' || (keepColons && cp == ':')) {
        sb.append((char) cp);
        continue;
      }
      if (Character.isSurrogate((char) cp) && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        cp = 0xFFFD;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
