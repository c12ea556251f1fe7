package io.github.sparklint.core.flow;

import java.util.List;

/**
 * A call of a project method as the caller's file sees it, before the project index resolves it:
 * the types that may declare it, in the order Java looks (the enclosing types from the innermost
 * out for an unqualified call; the receiver's declared type; the class of a static call), its name
 * and its number of arguments.
 *
 * <p>A run keeps the sites of every file's summaries to its end (a summary's function bodies hold
 * about 70 a file), and their owners and names are a few type and method names shared by many
 * sites: the sites {@link CallSites#of} hands out keep them as shared strings ({@link SharedText}),
 * one per distinct name ({@link #shared}), as {@link RecordedAnswers} keeps its questions. Other
 * sites (questions parsed back from their text, sites built to ask once) are not kept and do not
 * look their text up.
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

  /** This site with its owners and name as shared strings ({@link SharedText}). */
  CallSite shared() {
    String[] canonical = new String[owners.size()];
    for (int i = 0; i < canonical.length; i++) {
      canonical[i] = SharedText.of(owners.get(i));
    }
    return new CallSite(List.of(canonical), SharedText.of(name), arity);
  }

  /** A stable text key, e.g. {@code Loader|Job#events/0}. */
  public String key() {
    return String.join("|", owners) + "#" + name + "/" + arity;
  }
}
