package io.github.sparklint.core.flow;

import java.util.List;

/**
 * A call of a project method as the caller's file sees it, before the project index resolves it:
 * the types that may declare it, in the order Java looks (the enclosing types from the innermost
 * out for an unqualified call; the receiver's declared type; the class of a static call), its name
 * and its number of arguments.
 */
public record CallSite(List<String> owners, String name, int arity) {
  /**
   * The owners of a call whose receiver's type the file does not show (a builder chain): any
   * project type. Only for questions where every candidate must agree.
   */
  public static final List<String> ANY_OWNER = List.of("*");

  public CallSite {
    owners = List.copyOf(owners);
  }

  /** A stable text key, e.g. {@code Loader|Job#events/0}. */
  public String key() {
    return String.join("|", owners) + "#" + name + "/" + arity;
  }
}
