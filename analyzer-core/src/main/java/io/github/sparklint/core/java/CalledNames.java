package io.github.sparklint.core.java;

import java.util.Collection;
import java.util.Set;

/**
 * The method names a source's text calls: every identifier followed (after optional white space)
 * by {@code (}, in code, comments and strings alike, so a name that is there is never missed. The
 * first pass keeps, for each file it skips, a fingerprint of these names (a Bloom filter of
 * {@value #BITS} bits: a few dozen bytes, whatever the file's size) instead of its text; once the
 * project index knows which methods collect what they are given, only the skipped files whose
 * fingerprint may hold one of their names are read again, and checked exactly ({@link #callsAny}).
 */
public final class CalledNames {
  private static final int BITS = 512;
  /** Words an expression, and so a call, may follow. */
  private static final Set<String> EXPRESSION_KEYWORDS =
      Set.of("return", "throw", "case", "else", "yield", "assert", "do");

  private CalledNames() {}

  /** The fingerprint of the names {@code source} calls. */
  public static long[] fingerprint(String source) {
    long[] bits = new long[BITS / Long.SIZE];
    int length = source.length();
    int i = 0;
    while (i < length) {
      char c = source.charAt(i);
      if (!Character.isJavaIdentifierStart(c)) {
        i++;
        continue;
      }
      int hash = 0;
      while (i < length && Character.isJavaIdentifierPart(source.charAt(i))) {
        hash = 31 * hash + source.charAt(i);
        i++;
      }
      if (opensCall(source, i)) {
        set(bits, hash);
      }
    }
    return bits;
  }

  /** True when the names behind {@code fingerprint} may include one of {@code names}. */
  public static boolean mayCallAny(long[] fingerprint, Collection<String> names) {
    for (String name : names) {
      int hash = name.hashCode();
      if (isSet(fingerprint, first(hash)) && isSet(fingerprint, second(hash))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code source} calls a method named one of {@code names}, as a whole word, and not
   * where it declares one ({@code List<Row> sql(String statement)}: a name after a type).
   */
  public static boolean callsAny(String source, Collection<String> names) {
    for (String name : names) {
      for (int at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
        boolean wordStart = at == 0 || !Character.isJavaIdentifierPart(source.charAt(at - 1));
        int end = at + name.length();
        boolean wordEnd = end == source.length()
            || !Character.isJavaIdentifierPart(source.charAt(end));
        if (wordStart && wordEnd && opensCall(source, end) && !isDeclared(source, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the name at {@code at} follows a type ({@code void run(}, {@code List<Row> sql(},
   * {@code String[] split(}) or {@code new}, not a keyword that an expression may follow.
   */
  private static boolean isDeclared(String source, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char before = source.charAt(end - 1);
    if (before == '>' || before == ']') {
      return true;
    }
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
      start--;
    }
    return start < end && !EXPRESSION_KEYWORDS.contains(source.substring(start, end));
  }

  private static boolean opensCall(String source, int from) {
    int i = from;
    while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    return i < source.length() && source.charAt(i) == '(';
  }

  private static void set(long[] bits, int hash) {
    int a = first(hash);
    int b = second(hash);
    bits[a / Long.SIZE] |= 1L << (a % Long.SIZE);
    bits[b / Long.SIZE] |= 1L << (b % Long.SIZE);
  }

  private static boolean isSet(long[] bits, int bit) {
    return (bits[bit / Long.SIZE] & (1L << (bit % Long.SIZE))) != 0;
  }

  private static int first(int hash) {
    return Math.floorMod(hash, BITS);
  }

  private static int second(int hash) {
    return Math.floorMod(hash * 0x9E3779B9 >>> 7, BITS);
  }
}
