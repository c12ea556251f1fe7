package io.github.sparklint.cli;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.run.SourceText;
import io.github.sparklint.core.fix.FixedText;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import io.github.sparklint.core.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --fix}: applies the automatic fixes of the reported findings to their files, the only
 * thing sparklint ever writes into sources, and only when asked. A file is fixed only when it
 * lies under one of the analyzed paths and its text is still the text the fixes were computed on
 * (its hash); it is written to a temporary file in its own directory and moved over the original,
 * keeping a UTF-8 byte-order mark and the line endings (edits never add line breaks). With {@code
 * --dry-run} nothing is written: a unified diff of every change goes to {@code out}. What was
 * fixed, and every file that could not be, is reported on {@code err}; a file that cannot be
 * fixed never stops the others.
 */
final class FixWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path baseDir;
  private final List<Path> roots;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean dryRun;
  private final Charset encoding;

  /**
   * @param baseDir what finding paths are relative to
   * @param inputs the analyzed files and directories (absolute)
   * @param encoding the sources' encoding: files are read and written back in it
   */
  FixWriter(Path baseDir, List<Path> inputs, PrintWriter out, PrintWriter err, boolean dryRun,
      Charset encoding) {
    this.baseDir = baseDir;
    this.encoding = encoding;
    this.roots = inputs.stream().map(FixWriter::real).toList();
    this.out = out;
    this.err = err;
    this.dryRun = dryRun;
  }

  /** What a run did: fixes applied (or shown), and files that could not be fixed. */
  record Outcome(int fixes, int files, int failures) {}

  /** Applies (or shows) the fixes of {@code findings}. */
  Outcome apply(List<Finding> findings) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (!f.autoFix().isEmpty()) {
        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      }
    }
    int fixes = 0;
    int files = 0;
    int failures = 0;
    for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
      try {
        int applied = fixFile(entry.getKey(), entry.getValue());
        fixes += applied;
        files += applied > 0 ? 1 : 0;
      } catch (FixException e) {
        err.println(TextReport.escape(entry.getKey()) + ": error: cannot fix: " + e.getMessage());
        failures++;
      }
    }
    err.println("sparklint: " + (dryRun ? "would apply " : "applied ") + fixes + " fix"
        + (fixes == 1 ? "" : "es") + " in " + files + " file" + (files == 1 ? "" : "s")
        + (failures == 0 ? "" : "; " + failures + " file" + (failures == 1 ? "" : "s")
            + " could not be fixed"));
    return new Outcome(fixes, files, failures);
  }

  private int fixFile(String name, List<Finding> findings) throws FixException {
    Path file = baseDir.resolve(name).normalize();
    if (roots.stream().noneMatch(real(file)::startsWith)) {
      throw new FixException("the file is outside the analyzed paths");
    }
    byte[] bytes;
    String text;
    try {
      bytes = SourceText.readBytes(file, Long.MAX_VALUE);
      text = SourceText.decode(bytes, encoding);
    } catch (SourceText.UnreadableSourceException e) {
      throw new FixException(e.getMessage());
    }
    List<SourceFix> fixes = findings.stream().map(Finding::autoFix).toList();
    if (!fixes.stream().allMatch(fix -> fix.fits(text))) {
      throw new FixException("the file changed since it was analyzed; run sparklint again");
    }
    List<SourceFix> compatible = FixedText.compatible(text, fixes);
    String fixed = FixedText.apply(text, compatible);
    if (dryRun) {
      List<TextEdit> edits = compatible.stream().flatMap(f -> f.edits().stream()).toList();
      out.print(UnifiedDiff.of(name, text, edits));
    } else {
      write(file, startsWithBom(bytes), encode(fixed));
    }
    for (Finding f : findings) {
      if (compatible.contains(f.autoFix())) {
        err.println(TextReport.escape(f.file()) + ":" + f.line() + ":" + f.column() + ": "
            + (dryRun ? "would fix" : "fixed") + " [" + f.ruleId() + "] "
            + TextReport.escape(f.autoFix().description()));
      }
    }
    return compatible.size();
  }

  /** The fixed text in the sources' encoding; a character it cannot hold is an error, not a '?'. */
  private byte[] encode(String text) throws FixException {
    try {
      ByteBuffer encoded = encoding.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] body = new byte[encoded.remaining()];
      encoded.get(body);
      return body;
    } catch (CharacterCodingException e) {
      throw new FixException("the fixed text cannot be written in " + encoding.name());
    }
  }

  private static void write(Path file, boolean bom, byte[] body) throws FixException {
    if (isReadOnly(file)) {
      throw new FixException("the file is read-only");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(file.toAbsolutePath().getParent(),
          "." + file.getFileName(), ".sparklint-fix");
      byte[] all = new byte[(bom ? BOM.length : 0) + body.length];
      if (bom) {
        System.arraycopy(BOM, 0, all, 0, BOM.length);
      }
      System.arraycopy(body, 0, all, all.length - body.length, body.length);
      Files.write(temp, all);
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the new file gets the directory's defaults
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new FixException("cannot write it: " + e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the temporary file is ours; nothing else to do
        }
      }
    }
  }

  /** Read-only for its owner (as marked, even for a user who could write it anyway), or not writable. */
  private static boolean isReadOnly(Path file) {
    try {
      return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE)
          || !Files.isWritable(file);
    } catch (UnsupportedOperationException | IOException e) {
      return !Files.isWritable(file);
    }
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** Why one file could not be fixed. */
  private static final class FixException extends Exception {
    private static final long serialVersionUID = 1L;

    FixException(String message) {
      super(message);
    }
  }
}
