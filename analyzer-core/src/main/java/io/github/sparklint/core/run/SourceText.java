package io.github.sparklint.core.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a source file as strict text in its encoding (UTF-8 unless told otherwise), turning every
 * failure into a readable message.
 */
public final class SourceText {
  private SourceText() {}

  /** Thrown when a file cannot be read as text; the message names the line when known. */
  public static final class UnreadableSourceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    UnreadableSourceException(String message, int line) {
      super(message);
      this.line = line;
    }

    /** 1-based line of the problem, or 0 when it is about the whole file. */
    public int line() {
      return line;
    }
  }

  /** The file's bytes; a file above {@code maxBytes} is refused with a message naming its size. */
  public static byte[] readBytes(Path file, long maxBytes) throws UnreadableSourceException {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UnreadableSourceException("file is " + megabytes(size) + " MB, above the "
            + megabytes(maxBytes) + " MB sparklint analyzes (generated code?); file skipped", 0);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableSourceException("no such file", 0);
    } catch (AccessDeniedException e) {
      throw new UnreadableSourceException("cannot read file: permission denied", 0);
    } catch (IOException | OutOfMemoryError e) {
      throw new UnreadableSourceException("cannot read file: " + e.getMessage(), 0);
    }
  }

  /**
   * Decodes {@code bytes} strictly in {@code encoding}, naming the line of the first byte that is
   * not text in it. UTF-16 text without a byte-order mark is valid UTF-8 or Latin-1 (its
   * characters with a NUL byte beside each), but not Java that javac reads in those encodings,
   * and it would never match the Spark text check: it is refused by name.
   */
  public static String decode(byte[] bytes, Charset encoding) throws UnreadableSourceException {
    String name = encoding.name();
    if (!name.startsWith("UTF-16") && !name.startsWith("UTF-32") && looksLikeUtf16(bytes)) {
      throw new UnreadableSourceException("not valid " + name + " text: it looks like UTF-16 (a"
          + " NUL byte beside every character); " + readsAs(encoding), 1);
    }
    CharsetDecoder decoder = encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    long room = (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1;
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, room));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new UnreadableSourceException(
          "not valid " + name + " text (byte 0x" + String.format("%02x", bytes[offset] & 0xff)
              + " at offset " + offset + "); " + readsAs(encoding),
          lineOf(bytes, offset));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** What the message says about the encoding sparklint read, and how to choose another. */
  private static String readsAs(Charset encoding) {
    return "sparklint reads sources as " + encoding.name() + " (set the sources' encoding with"
        + " --encoding, project.build.sourceEncoding in Maven, or the language server's"
        + " initialization option encoding)";
  }

  /** Mostly ASCII text in UTF-16: the first kilobyte has a NUL in nearly every even or odd byte. */
  private static boolean looksLikeUtf16(byte[] bytes) {
    int pairs = Math.min(bytes.length, 1024) / 2;
    if (pairs < 2) {
      return false;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < 2 * pairs; i += 2) {
      even += bytes[i] == 0 ? 1 : 0;
      odd += bytes[i + 1] == 0 ? 1 : 0;
    }
    return Math.max(even, odd) * 10 >= pairs * 9 && Math.min(even, odd) * 10 < pairs;
  }

  private static long megabytes(long bytes) {
    return (bytes + 512 * 1024) / (1024 * 1024);
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
