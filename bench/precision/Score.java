/*
 * Scores a sparklint JSON report against the frozen labels of bench/precision/labels.tsv.
 *
 *   java bench/precision/Score.java [--sinks] labels.tsv sparklint.json [corpus-root]
 *
 * A label's file is relative to the corpus root, or (the tenth sample's labels) to its project's
 * directory under the root.
 *
 * The report is the CLI's: java -jar cli/target/sparklint-cli.jar --format json --output X.json <corpus-root>.
 * Findings are matched to labeled sites by file + line + rule; report paths are made relative to corpus-root
 * (default /work/corpus/fresh) when they are absolute or start with it.
 *
 * Counting, per rule and overall:
 *   TP  finding on a `risk` site            FN  `risk` site without a finding
 *   FP  finding on a `safe` site, and every finding (of a scored rule) on a line that is no labeled site
 *   TN  `safe` site without a finding
 * `unclear` sites are listed with whether they were reported, and not counted. Scored rules are the four
 * rules the labels are about plus any rule that has a label; findings of other rules are listed only.
 * Several findings with the same file, line and rule count once.
 *
 * With --sinks, a finding at a call that hands rows to a project method which collects them (its
 * related location with "role": "sink" names that collecting call) and whose own line is no
 * labeled site of its rule is scored at the collecting call instead, when that call is a labeled
 * site of the rule: a sample that labels the collect inside the helper then counts the finding
 * once, against that label, not as a false positive at the call plus a miss in the helper. The
 * default (strict) scoring is the one every sample was first scored with.
 *
 * JDK only (Java 17), single file.
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class Score {

  static final Set<String> CORE_RULES = Set.of(
      "SparkUnboundedCollect", "SparkLargeTake", "SparkLocalIteratorAccumulation", "SparkBroadcastLargeSource");

  record Key(String file, int line, String rule) implements Comparable<Key> {
    public int compareTo(Key o) {
      int c = file.compareTo(o.file);
      if (c != 0) return c;
      c = Integer.compare(line, o.line);
      return c != 0 ? c : rule.compareTo(o.rule);
    }

    @Override public String toString() {
      return file + ":" + line + " [" + rule + "]";
    }
  }

  record Label(Key key, String project, String label, String reason) {}

  record Hit(Key key, String message) {}

  static final class Counts {
    int tp, fp, fn, tn, fpUnlabeled;

    void add(Counts o) {
      tp += o.tp; fp += o.fp; fn += o.fn; tn += o.tn; fpUnlabeled += o.fpUnlabeled;
    }
  }

  public static void main(String[] args) throws IOException {
    boolean sinks = args.length > 0 && args[0].equals("--sinks");
    if (sinks) args = java.util.Arrays.copyOfRange(args, 1, args.length);
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: java bench/precision/Score.java [--sinks] labels.tsv sparklint.json [corpus-root]");
      System.exit(2);
    }
    Path root = Paths.get(args.length == 3 ? args[2] : "/work/corpus/fresh").toAbsolutePath().normalize();

    Map<Key, Label> labels = new TreeMap<>();
    List<String> lines = Files.readAllLines(Paths.get(args[0]));
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) continue;
      String[] c = l.split("\t", -1);
      if (c.length < 6) throw new IllegalArgumentException("labels line " + (i + 1) + ": expected 6 columns");
      // a label's file is relative to the corpus root, or to its project's directory there
      String file = !Files.exists(root.resolve(c[1])) && Files.exists(root.resolve(c[0]).resolve(c[1]))
          ? c[0] + "/" + c[1] : c[1];
      Key k = new Key(file, Integer.parseInt(c[2].trim()), c[3]);
      String lab = c[4];
      if (!Set.of("risk", "safe", "unclear").contains(lab)) {
        throw new IllegalArgumentException("labels line " + (i + 1) + ": bad label " + lab);
      }
      if (labels.put(k, new Label(k, c[0], lab, c[5])) != null) {
        throw new IllegalArgumentException("labels line " + (i + 1) + ": duplicate site " + k);
      }
    }

    Object json = new Json(Files.readString(Paths.get(args[1]))).parse();
    @SuppressWarnings("unchecked")
    Map<String, Object> rootObj = (Map<String, Object>) json;
    Map<Key, Hit> findings = new TreeMap<>();
    int rawFindings = 0;
    int movedToSink = 0;
    for (Object o : (List<?>) rootObj.get("findings")) {
      Map<?, ?> f = (Map<?, ?>) o;
      rawFindings++;
      Key k = new Key(relativize(root, (String) f.get("file")), ((Number) f.get("line")).intValue(),
          (String) f.get("ruleId"));
      if (sinks && !labels.containsKey(k)) {
        Key sink = sinkOf(root, f, k.rule());
        if (sink != null && labels.containsKey(sink)) {
          movedToSink++;
          k = sink;
        }
      }
      findings.putIfAbsent(k, new Hit(k, String.valueOf(f.get("message"))));
    }

    Set<String> scored = new TreeSet<>(CORE_RULES);
    for (Key k : labels.keySet()) scored.add(k.rule());

    Map<String, Counts> perRule = new TreeMap<>();
    for (String r : scored) perRule.put(r, new Counts());
    List<Label> tps = new ArrayList<>(), fps = new ArrayList<>(), fns = new ArrayList<>(), unclear = new ArrayList<>();
    for (Label l : labels.values()) {
      boolean found = findings.containsKey(l.key());
      Counts c = perRule.get(l.key().rule());
      switch (l.label()) {
        case "risk" -> { if (found) { c.tp++; tps.add(l); } else { c.fn++; fns.add(l); } }
        case "safe" -> { if (found) { c.fp++; fps.add(l); } else { c.tn++; } }
        default -> unclear.add(l);
      }
    }
    Map<String, Set<String>> labeledRulesAt = new LinkedHashMap<>();
    for (Key k : labels.keySet()) {
      labeledRulesAt.computeIfAbsent(k.file() + ":" + k.line(), x -> new TreeSet<>()).add(k.rule());
    }
    List<Hit> unlabeled = new ArrayList<>(), otherRules = new ArrayList<>();
    for (Hit h : findings.values()) {
      if (labels.containsKey(h.key())) continue;
      if (scored.contains(h.key().rule())) {
        unlabeled.add(h);
        Counts c = perRule.get(h.key().rule());
        c.fp++;
        c.fpUnlabeled++;
      } else {
        otherRules.add(h);
      }
    }

    System.out.printf("report: %d findings (%d distinct file+line+rule), labels: %d sites (%d unclear), corpus root %s%n",
        rawFindings, findings.size(), labels.size(), unclear.size(), root);
    if (sinks) {
      System.out.printf("--sinks: %d findings at calls of collecting helpers scored at the labeled collect they name%n",
          movedToSink);
    }
    Object summary = rootObj.get("summary");
    if (summary instanceof Map<?, ?> s) {
      System.out.printf("report summary: filesAnalyzed=%s filesSkipped=%s errors=%s%n",
          num(s.get("filesAnalyzed")), num(s.get("filesSkipped")), num(s.get("errors")));
    }
    System.out.println();
    System.out.printf("%-32s %5s %5s %5s %5s %10s %10s   %s%n", "rule", "TP", "FP", "FN", "TN", "precision", "recall",
        "(FP on unlabeled lines)");
    Counts total = new Counts();
    for (Map.Entry<String, Counts> e : perRule.entrySet()) {
      print(e.getKey(), e.getValue());
      total.add(e.getValue());
    }
    print("overall", total);

    System.out.println();
    System.out.println("== FP: findings on `safe` sites (" + fps.size() + ")");
    for (Label l : fps) System.out.println("  " + l.key() + "  -- " + l.reason());
    System.out.println("== FP: findings of scored rules on lines that are no labeled site (" + unlabeled.size() + ")");
    for (Hit h : unlabeled) {
      Set<String> other = labeledRulesAt.get(h.key().file() + ":" + h.key().line());
      System.out.println("  " + h.key() + (other == null ? "" : "  (line is a labeled site for " + other + ")")
          + "  -- " + shorten(h.message()));
    }
    System.out.println("== FN: `risk` sites without a finding (" + fns.size() + ")");
    for (Label l : fns) System.out.println("  " + l.key() + "  -- " + l.reason());
    System.out.println("== unclear sites, not counted (" + unclear.size() + ")");
    for (Label l : unclear) {
      System.out.println("  " + l.key() + (findings.containsKey(l.key()) ? "  REPORTED" : "  not reported")
          + "  -- " + l.reason());
    }
    System.out.println("== findings of rules without labels, not counted (" + otherRules.size() + ")");
    for (Hit h : otherRules) System.out.println("  " + h.key() + "  -- " + shorten(h.message()));
    System.out.println("== TP (" + tps.size() + ")");
    for (Label l : tps) System.out.println("  " + l.key());
  }

  /** The labeled-site key of the finding's "sink" related location, or null when it has none. */
  static Key sinkOf(Path root, Map<?, ?> finding, String rule) {
    if (!(finding.get("related") instanceof List<?> related)) return null;
    for (Object o : related) {
      Map<?, ?> step = (Map<?, ?>) o;
      if ("sink".equals(step.get("role"))) {
        return new Key(relativize(root, (String) step.get("file")), ((Number) step.get("line")).intValue(), rule);
      }
    }
    return null;
  }

  static String num(Object o) {
    return o instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(o);
  }

  static void print(String name, Counts c) {
    System.out.printf("%-32s %5d %5d %5d %5d %10s %10s   (%d)%n", name, c.tp, c.fp, c.fn, c.tn,
        ratio(c.tp, c.tp + c.fp), ratio(c.tp, c.tp + c.fn), c.fpUnlabeled);
  }

  static String ratio(int a, int b) {
    return b == 0 ? "n/a" : String.format("%.1f%%", 100.0 * a / b);
  }

  static String shorten(String s) {
    s = s.replace('\n', ' ');
    return s.length() > 140 ? s.substring(0, 137) + "..." : s;
  }

  static String relativize(Path root, String file) {
    String f = file.replace('\\', '/');
    Path p = Paths.get(f);
    if (p.isAbsolute()) {
      Path n = p.normalize();
      if (n.startsWith(root)) return root.relativize(n).toString().replace('\\', '/');
      return f;
    }
    String r = root.toString().replace('\\', '/');
    String rr = r.startsWith("/") ? r.substring(1) : r;
    if (f.startsWith(rr + "/")) return f.substring(rr.length() + 1);
    if (f.startsWith("./")) f = f.substring(2);
    return f;
  }

  /** Minimal JSON reader: objects (as LinkedHashMap), arrays, strings, numbers, booleans, null. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object parse() {
      Object v = value();
      ws();
      if (i != s.length()) throw error("trailing text");
      return v;
    }

    private Object value() {
      ws();
      if (i >= s.length()) throw error("unexpected end");
      char c = s.charAt(i);
      switch (c) {
        case '{': return object();
        case '[': return array();
        case '"': return string();
        case 't': expect("true"); return Boolean.TRUE;
        case 'f': expect("false"); return Boolean.FALSE;
        case 'n': expect("null"); return null;
        default: return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      i++;
      ws();
      if (peek() == '}') { i++; return m; }
      while (true) {
        ws();
        String k = string();
        ws();
        if (s.charAt(i++) != ':') throw error("expected ':'");
        m.put(k, value());
        ws();
        char c = s.charAt(i++);
        if (c == '}') return m;
        if (c != ',') throw error("expected ',' or '}'");
      }
    }

    private List<Object> array() {
      List<Object> a = new ArrayList<>();
      i++;
      ws();
      if (peek() == ']') { i++; return a; }
      while (true) {
        a.add(value());
        ws();
        char c = s.charAt(i++);
        if (c == ']') return a;
        if (c != ',') throw error("expected ',' or ']'");
      }
    }

    private String string() {
      if (s.charAt(i) != '"') throw error("expected string");
      i++;
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c != '\\') { b.append(c); continue; }
        char e = s.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
          default -> throw error("bad escape");
        }
      }
    }

    private Number number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
      String t = s.substring(start, i);
      if (t.isEmpty()) throw error("unexpected character");
      if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
      return Long.parseLong(t);
    }

    private void expect(String w) {
      if (!s.startsWith(w, i)) throw error("expected " + w);
      i += w.length();
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("JSON: " + what + " at offset " + i);
    }
  }
}
