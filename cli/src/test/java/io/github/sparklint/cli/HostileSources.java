package io.github.sparklint.cli;

import static io.github.sparklint.cli.HostileInput.JOB;
import static io.github.sparklint.cli.HostileInput.analyzed;
import static io.github.sparklint.cli.HostileInput.analyzedOrError;
import static io.github.sparklint.cli.HostileInput.any;
import static io.github.sparklint.cli.HostileInput.fileError;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile Java sources, generated here (nothing large is checked in): malformed and pathological
 * code, odd bytes and encodings, line endings and Unicode escapes. Each is written as {@code
 * src/Bad.java} beside the canary.
 */
final class HostileSources {
  private static final String CATEGORY = "sources";
  private static final String FILE = "src/Bad.java";
  private static final String FINDING = FILE + ":8:";
  private static final String IMPORTS =
      "import org.apache.spark.sql.Dataset;\nimport org.apache.spark.sql.Row;\n";
  private static final int DEEP = 10_000;

  private HostileSources() {}

  static List<HostileInput> all() {
    List<HostileInput> inputs = new ArrayList<>();
    malformed(inputs);
    pathological(inputs);
    bytes(inputs);
    encodingsAndLineEndings(inputs);
    unicodeEscapes(inputs);
    return inputs;
  }

  private static void malformed(List<HostileInput> in) {
    String syntax = "syntax error";
    in.add(error("unterminated string", "class Bad {\n  String s = \"never closed;\n}\n", syntax));
    in.add(error("unterminated text block", "class Bad {\n  String s = \"\"\"\n    open\n}\n", ""));
    in.add(error("unterminated block comment", "class Bad {\n  /* never closed\n  void f() {}\n",
        ""));
    in.add(error("unterminated character literal", "class Bad {\n  char c = 'ab;\n}\n", syntax));
    in.add(error("unbalanced braces", "class Bad {\n  void f() {\n    if (true) {\n", syntax));
    in.add(error("operator soup", "@@@ ### $$$ ;;; }}} ((( ->->-> ::", ""));
    in.add(error("a local enum (javac accepts it, JavaParser 3.28 does not)",
        "class Bad {\n  void f() {\n    enum Mode { FULL }\n  }\n}\n",
        "sparklint cannot analyze this construct (javac accepts it"));
    in.add(any(CATEGORY, "empty file", p -> HostileInput.write(p, FILE, new byte[0])));
    in.add(any(CATEGORY, "only whitespace", p -> HostileInput.write(p, FILE, utf8(" \n\t\n "))));
    in.add(analyzed(CATEGORY, "only a Spark import", null,
        p -> HostileInput.write(p, FILE, utf8(IMPORTS))));
  }

  private static void pathological(List<HostileInput> in) {
    StringBuilder casts = new StringBuilder("import java.util.*;\n" + IMPORTS + "class Bad {\n");
    for (int i = 0; casts.length() < 300 * 1024; i++) {
      casts.append("  Object f").append(i).append(" = ")
          .append("(List<Map<String, Dataset<Row>>>) (".repeat(50)).append("null")
          .append(")".repeat(50)).append(";\n  ").append("List<".repeat(50)).append("String")
          .append(">".repeat(50)).append(" g").append(i).append(";\n");
    }
    in.add(deep("300 KB of nested generics and casts", casts.append("}\n").toString()));
    in.add(deep("10,000-deep parentheses",
        member("int x = " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP) + ";")));
    in.add(deep("10,000-deep blocks", member("void f() " + "{".repeat(DEEP) + "}".repeat(DEEP))));
    in.add(deep("10,000-deep lambdas", member("Object f = " + "() -> ".repeat(DEEP) + "null;")));
    in.add(deep("10,000-deep array initializers",
        member("Object[] a = " + "{".repeat(DEEP) + "}".repeat(DEEP) + ";")));
    in.add(deep("10,000-deep conditionals", member("int x = " + "true ? 1 : ".repeat(DEEP) + "0;")));
    in.add(deep("10,000 nested classes", IMPORTS + "class C {".repeat(DEEP) + "}".repeat(DEEP)));
    in.add(deep("a 10,000-call Dataset chain", member("Object f(Dataset<Row> events) { return events"
        + ".filter(\"x > 0\")".repeat(DEEP) + ".collect(); }")));
    in.add(deep("a 100,000-term sum", member("int x = " + "1 + ".repeat(100_000) + "1;")));
    in.add(deep("a 1.5 MB line", member("int[] a = {" + "1, ".repeat(500_000) + "0};")));
    in.add(error("a 2.1 MB file", IMPORTS + "// filler\n".repeat(220_000) + "class Bad {}\n",
        "above the 2 MB sparklint analyzes"));
    in.add(analyzed(CATEGORY, "a 100,000-character identifier", null,
        p -> HostileInput.write(p, FILE, utf8(member("int " + "a".repeat(100_000) + " = 1;")))));
  }

  private static void bytes(List<HostileInput> in) {
    Random random = new Random(10);
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    in.add(any(CATEGORY, "4 KB of binary garbage", p -> HostileInput.write(p, FILE, garbage)));
    in.add(new HostileInput(CATEGORY, "binary garbage after a Spark import", p -> HostileInput
        .write(p, FILE, concat(utf8(IMPORTS), garbage)), HostileInput.Outcome.FILE_ERROR, FILE,
        "not valid UTF-8"));
    StringBuilder text = new StringBuilder(IMPORTS);
    random.ints(4000, 1, 0x2FFFF).filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
        .forEach(text::appendCodePoint);
    in.add(deep("random valid UTF-8 after a Spark import", text.toString()));
    in.add(deep("NUL bytes in code", member("int x\0\0 = 1;")));
    in.add(analyzed(CATEGORY, "NUL bytes in a comment and a string", null, p -> HostileInput.write(
        p, FILE, utf8(member("// \0 here\n  String s = \"\0\";")))));
    in.add(analyzed(CATEGORY, "bidirectional overrides and control characters (Trojan Source)",
        FINDING, p -> HostileInput.write(p, FILE,
            utf8(JOB.replace("package jobs;", "package jobs; // \u202e\u2066 \u0007\u001b[2J")))));
  }

  private static void encodingsAndLineEndings(List<HostileInput> in) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    in.add(job("a UTF-8 byte-order mark", concat(bom, utf8(JOB))));
    in.add(any(CATEGORY, "only a byte-order mark", p -> HostileInput.write(p, FILE, bom)));
    in.add(undecodable("UTF-16LE with a byte-order mark",
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, JOB.getBytes(UTF_16LE)), "not valid UTF-8"));
    in.add(undecodable("UTF-16BE without a byte-order mark", JOB.getBytes(UTF_16BE), "UTF-16"));
    in.add(undecodable("UTF-16LE without a byte-order mark", JOB.getBytes(UTF_16LE), "UTF-16"));
    in.add(undecodable("Latin-1 bytes", (IMPORTS + "// caf\u00e9\nclass Bad {}\n")
        .getBytes(ISO_8859_1), "not valid UTF-8"));
    in.add(undecodable("a CESU-8 surrogate",
        concat(utf8(IMPORTS), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "not valid"));
    in.add(undecodable("an overlong UTF-8 slash",
        concat(utf8(IMPORTS), new byte[] {(byte) 0xC0, (byte) 0xAF}), "not valid UTF-8"));
    in.add(job("CR-only line endings", utf8(JOB.replace("\n", "\r"))));
    StringBuilder mixed = new StringBuilder();
    String[] endings = {"\r\n", "\n", "\r"};
    List<String> lines = JOB.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      mixed.append(lines.get(i)).append(endings[i % endings.length]);
    }
    in.add(job("mixed CRLF, LF and CR line endings", utf8(mixed.toString())));
    in.add(job("a U+2028 line separator in a comment (no line break to javac)",
        utf8(JOB.replace("package jobs;", "package jobs; // a\u2028b\u2029c\u0085d"))));
    in.add(job("form feeds", utf8(JOB.replace("\n\n", "\n\f\n"))));
  }

  private static void unicodeEscapes(List<HostileInput> in) {
    in.add(job("an escaped line feed ends a comment (hidden code)", utf8(JOB.replace(
        "return events.collect();", "// note \\u000a events.collect();\n    return null;"))));
    in.add(job("the Spark package name written with escapes",
        utf8(JOB.replace("org.apache.spark", "org.apache.sp\\u0061rk"))));
    in.add(job("an escape with many u's", utf8(JOB.replace("return", "\\uuuuu0072eturn"))));
    StringBuilder escaped = new StringBuilder();
    JOB.chars().forEach(c -> escaped.append(c == '\n' ? "\n" : String.format("\\u%04x", c)));
    in.add(job("every character an escape", utf8(escaped.toString())));
    in.add(deep("a malformed escape", member("String s = \"\\uZZZZ\";")));
    in.add(deep("an escape cut off at the end of the file", member("") + "\\u00"));
    in.add(analyzed(CATEGORY, "an escaped backslash before u (no escape)", null, p -> HostileInput
        .write(p, FILE, utf8(JOB.replace("return events.collect();",
            "// \\\\u000a events.collect();\n    return null;")))));
  }

  private static HostileInput error(String name, String body, String detail) {
    return fileError(CATEGORY, name, FILE, detail,
        p -> HostileInput.write(p, FILE, utf8(body.startsWith("import") ? body : IMPORTS + body)));
  }

  private static HostileInput deep(String name, String source) {
    return analyzedOrError(CATEGORY, name, FILE, p -> HostileInput.write(p, FILE, utf8(source)));
  }

  private static HostileInput job(String name, byte[] bytes) {
    return analyzed(CATEGORY, name, FINDING, p -> HostileInput.write(p, FILE, bytes));
  }

  private static HostileInput undecodable(String name, byte[] bytes, String detail) {
    return fileError(CATEGORY, name, FILE, detail, p -> HostileInput.write(p, FILE, bytes));
  }

  private static String member(String member) {
    return IMPORTS + "class Bad {\n  " + member + "\n}\n";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
