package io.github.sparklint.core.gate;

import io.github.sparklint.core.ConfigException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One glob in the syntax of {@code java.nio}'s {@code glob:} path matchers on Unix: {@code *} any
 * characters but {@code /}, {@code **} any characters, {@code ?} one character but {@code /},
 * {@code [a-z]} / {@code [!a-z]} one character of (or not of) a class, never {@code /}, {@code
 * {a,b}} one of the alternatives (groups do not nest), {@code \} escapes the next character.
 *
 * <p>It matches in time linear in the path (times the glob's length), whatever the pattern: the
 * glob is compiled to a nondeterministic automaton whose set of live states advances one
 * character at a time. The JDK's matcher translates globs to backtracking regular expressions, on
 * which a pattern such as {@code *a*a*a*a*a*a*a*a*a*a*a*a*a*a*b} takes exponential time.
 */
final class Glob {
  private enum Kind { CHAR, ONE, CLASS, STAR, ANY, SPLIT, JUMP, ACCEPT }

  /**
   * A state. CHAR, ONE and CLASS consume a character and go to {@code next}; STAR ({@code *}) and
   * ANY ({@code **}) consume characters staying put, or move on to {@code next} without one;
   * SPLIT moves to each of {@code alternatives} and JUMP to {@code next} without consuming.
   */
  private static final class Node {
    final Kind kind;
    final char c;
    final CharClass charClass;
    int next;
    int[] alternatives = new int[0];

    Node(Kind kind, char c, CharClass charClass, int next) {
      this.kind = kind;
      this.c = c;
      this.charClass = charClass;
      this.next = next;
    }
  }

  /** A bracket expression: single characters and ranges, possibly negated; never {@code /}. */
  private record CharClass(boolean negated, String singles, List<char[]> ranges) {
    boolean matches(char ch) {
      if (ch == '/') {
        return false;
      }
      boolean in = singles.indexOf(ch) >= 0
          || ranges.stream().anyMatch(r -> r[0] <= ch && ch <= r[1]);
      return in != negated;
    }
  }

  private final String glob;
  private final List<Node> nodes = new ArrayList<>();
  private int pos;

  private Glob(String glob) {
    this.glob = glob;
  }

  /**
   * Compiles {@code glob}.
   *
   * @throws ConfigException naming the glob and what is wrong with it
   */
  static Glob compile(String glob) {
    Glob compiled = new Glob(glob);
    compiled.sequence(false);
    compiled.add(Kind.ACCEPT, '\0', null);
    return compiled;
  }

  /** Whether the whole of {@code path} (with {@code /} separators) matches. */
  boolean matches(String path) {
    BitSet live = closure(singleton(0));
    for (int i = 0; i < path.length() && !live.isEmpty(); i++) {
      char ch = path.charAt(i);
      BitSet after = new BitSet(nodes.size());
      for (int s = live.nextSetBit(0); s >= 0; s = live.nextSetBit(s + 1)) {
        Node node = nodes.get(s);
        switch (node.kind) {
          case CHAR -> set(after, node.c == ch, node.next);
          case ONE -> set(after, ch != '/', node.next);
          case CLASS -> set(after, node.charClass.matches(ch), node.next);
          case STAR -> set(after, ch != '/', s);
          case ANY -> after.set(s);
          default -> { }
        }
      }
      live = closure(after);
    }
    return live.get(nodes.size() - 1);
  }

  private static void set(BitSet states, boolean condition, int state) {
    if (condition) {
      states.set(state);
    }
  }

  private static BitSet singleton(int state) {
    BitSet set = new BitSet();
    set.set(state);
    return set;
  }

  /** {@code states} plus every state reachable from them without consuming a character. */
  private BitSet closure(BitSet states) {
    BitSet result = (BitSet) states.clone();
    List<Integer> work = new ArrayList<>(states.stream().boxed().toList());
    while (!work.isEmpty()) {
      Node node = nodes.get(work.remove(work.size() - 1));
      int[] targets = switch (node.kind) {
        case STAR, ANY, JUMP -> new int[] {node.next};
        case SPLIT -> node.alternatives;
        default -> new int[0];
      };
      for (int target : targets) {
        if (!result.get(target)) {
          result.set(target);
          work.add(target);
        }
      }
    }
    return result;
  }

  /** Compiles up to the end, or (in a group) up to the {@code ,} or {@code }} that ends it. */
  private void sequence(boolean inGroup) {
    while (pos < glob.length()) {
      char c = glob.charAt(pos);
      if (inGroup && (c == ',' || c == '}')) {
        return;
      }
      pos++;
      switch (c) {
        case '\\' -> {
          if (pos == glob.length()) {
            throw invalid("nothing to escape after the last \\");
          }
          add(Kind.CHAR, glob.charAt(pos++), null);
        }
        case '*' -> {
          boolean twice = pos < glob.length() && glob.charAt(pos) == '*';
          pos += twice ? 1 : 0;
          add(twice ? Kind.ANY : Kind.STAR, '\0', null);
        }
        case '?' -> add(Kind.ONE, '\0', null);
        case '[' -> add(Kind.CLASS, '\0', charClass());
        case '{' -> group(inGroup);
        default -> add(Kind.CHAR, c, null);
      }
    }
    if (inGroup) {
      throw invalid("a { group has no closing }");
    }
  }

  private void group(boolean inGroup) {
    if (inGroup) {
      throw invalid("groups { } cannot be nested");
    }
    Node split = add(Kind.SPLIT, '\0', null);
    List<Integer> starts = new ArrayList<>();
    List<Node> ends = new ArrayList<>();
    while (true) {
      starts.add(nodes.size());
      sequence(true);
      ends.add(add(Kind.JUMP, '\0', null));
      if (glob.charAt(pos++) == '}') {
        break;
      }
    }
    split.alternatives = starts.stream().mapToInt(Integer::intValue).toArray();
    ends.forEach(end -> end.next = nodes.size());
  }

  private CharClass charClass() {
    boolean negated = pos < glob.length() && glob.charAt(pos) == '!';
    pos += negated ? 1 : 0;
    StringBuilder singles = new StringBuilder();
    List<char[]> ranges = new ArrayList<>();
    boolean first = true;
    while (true) {
      if (pos == glob.length()) {
        throw invalid("a [ class has no closing ]");
      }
      char c = glob.charAt(pos++);
      if (c == ']' && !first) {
        break;
      }
      if (c == '/') {
        throw invalid("a [ class cannot match /");
      }
      boolean range = pos + 1 < glob.length() && glob.charAt(pos) == '-'
          && glob.charAt(pos + 1) != ']';
      if (range) {
        char end = glob.charAt(pos + 1);
        if (end < c || end == '/') {
          throw invalid("the range " + c + "-" + end + " is empty or crosses /");
        }
        ranges.add(new char[] {c, end});
        pos += 2;
      } else {
        singles.append(c);
      }
      first = false;
    }
    return new CharClass(negated, singles.toString(), List.copyOf(ranges));
  }

  private Node add(Kind kind, char c, CharClass charClass) {
    Node node = new Node(kind, c, charClass, nodes.size() + 1);
    nodes.add(node);
    return node;
  }

  private ConfigException invalid(String why) {
    return new ConfigException("exclude '" + glob + "' is not a valid glob: " + why);
  }
}
