package io.github.sparklint.triage;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The compression codecs Spark writes event logs with ({@code spark.eventLog.compression.codec}),
 * named by the file's suffix. Each is read by the stream class of the library Spark itself uses;
 * the library is looked up on the classpath at run time, so sparklint does not ship it.
 */
enum EventLogCodec {
  LZ4(".lz4", "net.jpountz.lz4.LZ4BlockInputStream", "org.lz4:lz4-java"),
  ZSTD(".zstd", "com.github.luben.zstd.ZstdInputStream", "com.github.luben:zstd-jni"),
  SNAPPY(".snappy", "org.xerial.snappy.SnappyInputStream", "org.xerial.snappy:snappy-java");

  private static final String IN_PROGRESS = ".inprogress";

  private final String suffix;
  private final String streamClass;
  private final String library;

  EventLogCodec(String suffix, String streamClass, String library) {
    this.suffix = suffix;
    this.streamClass = streamClass;
    this.library = library;
  }

  /** The codec a file is compressed with, by its name (an {@code .inprogress} log too). */
  static Optional<EventLogCodec> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(IN_PROGRESS)) {
      name = name.substring(0, name.length() - IN_PROGRESS.length());
    }
    for (EventLogCodec codec : values()) {
      if (name.endsWith(codec.suffix)) {
        return Optional.of(codec);
      }
    }
    return Optional.empty();
  }

  /** {@code in} decompressed, or a clear error naming the file and the missing library. */
  InputStream open(Path file, InputStream in) throws LogReadException {
    Class<?> type;
    try {
      type = Class.forName(streamClass);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new LogReadException(file, "event log compressed with " + name().toLowerCase(Locale.ROOT)
          + ", but its codec (" + library + ") is not on sparklint's classpath; put that jar on"
          + " the classpath or decompress the file first");
    }
    try {
      return (InputStream) type.getConstructor(InputStream.class).newInstance(in);
    } catch (InvocationTargetException e) {
      throw new LogReadException(file, "not a valid " + name().toLowerCase(Locale.ROOT)
          + " stream: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new LogReadException(file, "cannot start the " + name().toLowerCase(Locale.ROOT)
          + " codec: " + e, e);
    }
  }
}
