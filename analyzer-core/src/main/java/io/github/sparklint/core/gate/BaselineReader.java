package io.github.sparklint.core.gate;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.rule.SettingCode;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a baseline file as a stream (no document tree, so a large file costs little more memory
 * than its entries) and validates every field it knows: {@code version} must be a whole number this
 * sparklint reads, {@code tool} (when present) must be sparklint, each entry's text fields must be
 * text and its {@code count} a whole number from 1 to {@link Integer#MAX_VALUE}. Number literals
 * are checked as text, never converted through floating point or big numbers. Every error is a
 * {@link ConfigException} of the form {@code <source>:<line>: <field> ...}; unknown fields are
 * skipped, so a newer minor format stays readable.
 */
final class BaselineReader {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9][0-9]{0,9}");
  private static final Pattern LINE = Pattern.compile(" at line (\\d+) ");
  private static final int SHOWN_CHARS = 40;
  private static final String COUNT_RANGE = "a whole number from 1 to " + Integer.MAX_VALUE;
  private static final List<String> TEXT_FIELDS = List.of("rule", "file", "enclosing", "code");

  private final JsonReader json;
  private final String source;

  private BaselineReader(Reader in, String source) {
    this.json = new JsonReader(in);
    this.json.setStrictness(Strictness.STRICT);
    this.source = source;
  }

  /**
   * The entries of the baseline text in {@code in}.
   *
   * @param source how errors name the input, e.g. {@code baseline path/to/file.json}
   * @throws ConfigException naming the source, line and field of what is wrong
   * @throws IOException when {@code in} cannot be read
   */
  static List<Baseline.Entry> read(Reader in, String source) throws IOException {
    BaselineReader reader = new BaselineReader(in, source);
    try {
      return reader.document();
    } catch (MalformedJsonException | EOFException | IllegalStateException e) {
      throw reader.error("not valid JSON: " + e.getMessage());
    } catch (NumberFormatException e) {
      throw reader.error("not valid JSON: " + e.getMessage());
    }
  }

  private List<Baseline.Entry> document() throws IOException {
    if (json.peek() != JsonToken.BEGIN_OBJECT) {
      throw error("not a sparklint baseline (expected a JSON object)");
    }
    json.beginObject();
    Integer version = null;
    List<Baseline.Entry> entries = null;
    Set<String> seen = new HashSet<>();
    while (json.hasNext()) {
      String name = json.nextName();
      if (!seen.add(name)) {
        throw error("'" + name + "' appears twice");
      }
      switch (name) {
        case "version" -> version = version();
        case "tool" -> tool();
        case "entries" -> entries = entries();
        default -> json.skipValue();
      }
    }
    json.endObject();
    if (json.peek() != JsonToken.END_DOCUMENT) {
      throw error("not valid JSON: text after the baseline object");
    }
    if (version == null) {
      throw error("lacks 'version'; this sparklint reads version " + Baseline.VERSION);
    }
    if (entries == null) {
      throw error("lacks 'entries' (an array)");
    }
    return entries;
  }

  private int version() throws IOException {
    String text = json.peek() == JsonToken.NUMBER ? json.nextString() : null;
    if (text == null || !WHOLE_NUMBER.matcher(text).matches()
        || Long.parseLong(text) != Baseline.VERSION) {
      throw error("unsupported version " + (text == null ? kind(json.peek()) : shown(text))
          + "; this sparklint reads version " + Baseline.VERSION);
    }
    return Baseline.VERSION;
  }

  private void tool() throws IOException {
    String tool = json.peek() == JsonToken.STRING ? json.nextString() : null;
    if (!Sparklint.NAME.equals(tool)) {
      throw error("not a sparklint baseline ('tool' is "
          + (tool == null ? kind(json.peek()) : "'" + shown(tool) + "'") + ")");
    }
  }

  private List<Baseline.Entry> entries() throws IOException {
    if (json.peek() != JsonToken.BEGIN_ARRAY) {
      throw error("'entries' is " + kind(json.peek()) + "; expected an array");
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      entries.add(entry("entries[" + entries.size() + "]"));
    }
    json.endArray();
    return entries;
  }

  private Baseline.Entry entry(String where) throws IOException {
    if (json.peek() != JsonToken.BEGIN_OBJECT) {
      throw error(where + " is " + kind(json.peek()) + "; expected an object");
    }
    json.beginObject();
    String[] texts = new String[TEXT_FIELDS.size()];
    int count = 1;
    Set<String> seen = new HashSet<>();
    while (json.hasNext()) {
      String name = json.nextName();
      String field = where + "." + name;
      if (!seen.add(name)) {
        throw error(field + " appears twice");
      }
      int textIndex = TEXT_FIELDS.indexOf(name);
      if (textIndex >= 0) {
        texts[textIndex] = text(field);
      } else if (name.equals("count")) {
        count = count(field);
      } else {
        json.skipValue();
      }
    }
    json.endObject();
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] == null) {
        throw error(where + " lacks the text field '" + TEXT_FIELDS.get(i) + "'");
      }
    }
    return new Baseline.Entry(texts[0], texts[1], texts[2], SettingCode.upgrade(texts[3]), count);
  }

  private String text(String field) throws IOException {
    if (json.peek() != JsonToken.STRING) {
      throw error(field + " is " + kind(json.peek()) + "; expected text");
    }
    return json.nextString();
  }

  private int count(String field) throws IOException {
    JsonToken token = json.peek();
    if (token != JsonToken.NUMBER) {
      throw error(field + " is " + kind(token) + "; expected " + COUNT_RANGE);
    }
    String text = json.nextString();
    long value = WHOLE_NUMBER.matcher(text).matches() ? Long.parseLong(text) : -1;
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw error(field + " is " + shown(text) + "; expected " + COUNT_RANGE);
    }
    return (int) value;
  }

  /** The error at the reader's position: {@code <source>:<line>: message}. */
  private ConfigException error(String message) {
    Matcher line = LINE.matcher(json.toString());
    return new ConfigException(source + (line.find() ? ":" + line.group(1) : "") + ": " + message);
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      case BEGIN_ARRAY -> "an array";
      case BEGIN_OBJECT -> "an object";
      default -> "missing";
    };
  }

  /** A value as shown in a message, cut short when long. */
  private static String shown(String value) {
    return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "...";
  }
}
