package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The owner of a call on the result of another call ({@code storage.read(path).getReads()}),
 * written into a {@link CallSite}'s owners as the inner call's site, {@code (Storage).read/1}: the
 * file does not show the type, but the {@link ProjectIndex} can, when a model of the inner method
 * states the library class it returns. The text has no {@code |} or {@code #}, so a site's key
 * still reads back; nested chains nest ({@code ((Storage).makeDefault/1).read/1}).
 */
final class ChainedOwner {
  /** How many calls deep a chain is followed from the call that names its owner. */
  static final int MAX_DEPTH = 8;

  private ChainedOwner() {}

  /** The owner text of a call on the result of a call to {@code inner}. */
  static String of(List<String> innerOwners, String name, int arity) {
    return "(" + String.join(",", innerOwners) + ")." + name + "/" + arity;
  }

  /** True when {@code owner} is written by {@link #of}. */
  static boolean isChained(String owner) {
    return owner.startsWith("(");
  }

  /** The site of the inner call {@code owner} was written from, if it is a chained owner. */
  static Optional<CallSite> inner(String owner) {
    int close = closing(owner);
    int slash = owner.lastIndexOf('/');
    if (close < 0 || !owner.startsWith(").", close) || slash < close) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CallSite(split(owner.substring(1, close)),
          owner.substring(close + 2, slash), Integer.parseInt(owner.substring(slash + 1))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The index of the parenthesis closing the one {@code owner} starts with, or -1. */
  private static int closing(String owner) {
    int depth = 0;
    for (int i = 0; i < owner.length(); i++) {
      char c = owner.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The owners in {@code list}, split at the commas outside parentheses. */
  private static List<String> split(String list) {
    List<String> owners = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        owners.add(list.substring(start, i));
        start = i + 1;
      }
    }
    owners.add(list.substring(start));
    return owners;
  }
}
