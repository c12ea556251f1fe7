package io.github.sparklint.triage;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Opens a log for reading line by line, never loading it whole: gzip is recognized by its magic
 * bytes, the event-log codecs by the file name; binary data is refused with a message naming the
 * file. Malformed UTF-8 becomes replacement characters (logs mix encodings).
 */
final class LogInput {
  private static final int PROBE = 4096;

  private LogInput() {}

  /** A reader over the text of {@code file}. */
  static BufferedReader open(Path file) throws LogReadException {
    if (!Files.isRegularFile(file)) {
      throw new LogReadException(file, Files.exists(file) ? "not a regular file" : "no such file");
    }
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      Optional<EventLogCodec> codec = EventLogCodec.of(file);
      if (codec.isPresent()) {
        in = new BufferedInputStream(codec.get().open(file, in), 1 << 16);
      } else if (isGzip(in)) {
        in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      }
      refuseBinary(file, in);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    } catch (LogReadException e) {
      closeQuietly(in);
      throw e;
    } catch (NoSuchFileException e) {
      throw new LogReadException(file, "no such file", e);
    } catch (IOException e) {
      closeQuietly(in);
      throw new LogReadException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }

  /** Text logs hold no NUL bytes; a file with one in its first block is not a log. */
  private static void refuseBinary(Path file, InputStream in) throws IOException {
    in.mark(PROBE);
    byte[] head = in.readNBytes(PROBE);
    in.reset();
    for (byte b : head) {
      if (b == 0) {
        throw new LogReadException(file, "binary data, not a text log or event log");
      }
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the read error is what the user needs to see
      }
    }
  }
}
