package io.github.sparklint.core.flow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The kinds of question a {@link ProjectView} records, each written as a two-character prefix and
 * a body ({@code "m owner|other#name/2"}), and how a recorded question is asked again of another
 * view: its body read back as the call site, the field's owners and name, or the plain name it was
 * asked about.
 */
enum ProjectQuestion {
  METHODS("m ", site(ProjectView::methods)),
  FIELD("f ", owned((view, owners, field) -> view.fields().kind(owners, field))),
  FIELD_TEXT("q ", owned((view, owners, field) -> view.fields().text(owners, field))),
  CALLERS("c ", named(ProjectView::hasCallers)),
  CALLED("l ", site(ProjectView::calledMethods)),
  COLLECTING("n ", site(ProjectView::collectingMethods)),
  HANDED("h ", site(ProjectView::handingMethods)),
  FUNCTION_BODIES("u ", site(ProjectView::functionBodies)),
  BROADCASTING("b ", named(ProjectView::hasBroadcastingMethodNamed)),
  FIELD_WRITES("v ", owned((view, owners, field) -> view.fields().writes(owners, field))),
  WRITES_BY("w ", named((view, writer) -> view.fields().writesBy(writer))),
  WRITE_CALLERS("k ", named((view, writer) -> view.fields().writeCallersOf(writer))),
  STORING("s ", site((view, site) -> view.fields().reachesStoring(site))),
  FIELD_ROWS("r ", ProjectQuestion::fieldRows),
  MODELLED("o ", site(ProjectView::modelled)),
  TESTED("t ", named(ProjectView::testedArguments)),
  COPIES("p ", site(ProjectView::copiedParameters)),
  DRAINING("d ", site(ProjectView::drainingMethods)),
  ENUM("e ", named(ProjectView::enumConstants)),
  DECLARED("y ", named(ProjectView::isDeclared)),
  TYPE_KIND("x ", named(ProjectView::inheritedKind)),
  RETURNS_CLASS("z ", named(ProjectView::modelReturnsClass)),
  PASSED("a ", named(FunctionParameters::passedTo)),
  ROWS_PASSED("g ", named(PassedRows::passedTo));

  /** Asks a question's body again of a view; false when it is not a body this kind writes. */
  private interface Ask {
    boolean ask(ProjectView view, String body);
  }

  /** A question about the member {@code member} of {@code owners}. */
  private interface OwnedAsk {
    void ask(ProjectView view, List<String> owners, String member);
  }

  private final String prefix;
  private final Ask ask;

  ProjectQuestion(String prefix, Ask ask) {
    this.prefix = prefix;
    this.ask = ask;
  }

  /** The question of this kind about {@code body}, as it is recorded. */
  String about(String body) {
    return prefix + body;
  }

  /** True when {@code question} is one of this kind. */
  boolean asks(String question) {
    return question.startsWith(prefix);
  }

  /**
   * Asks the recorded {@code question} of {@code view} again, which records it there; false when
   * it is not a question a view writes.
   */
  static boolean askAgain(ProjectView view, String question) {
    String body = question.substring(Math.min(2, question.length()));
    Optional<ProjectQuestion> kind =
        Arrays.stream(values()).filter(k -> k.asks(question)).findFirst();
    return kind.isPresent() && kind.get().ask.ask(view, body);
  }

  private static Ask named(BiConsumer<ProjectView, String> question) {
    return (view, body) -> {
      question.accept(view, body);
      return true;
    };
  }

  /** A question about a member of some owners, written {@code owner|other#member}. */
  private static Ask owned(OwnedAsk question) {
    return (view, body) -> {
      int hash = body.lastIndexOf('#');
      if (hash < 0) {
        return false;
      }
      question.ask(view, Arrays.asList(body.substring(0, hash).split("\\|", -1)),
          body.substring(hash + 1));
      return true;
    };
  }

  /** A question about the methods a call site may reach, written {@code owner|other#name/arity}. */
  private static Ask site(BiConsumer<ProjectView, CallSite> question) {
    return (view, body) -> {
      int hash = body.lastIndexOf('#');
      int slash = body.lastIndexOf('/');
      if (hash < 0 || slash < hash) {
        return false;
      }
      question.accept(view, new CallSite(Arrays.asList(body.substring(0, hash).split("\\|", -1)),
          body.substring(hash + 1, slash), Integer.parseInt(body.substring(slash + 1))));
      return true;
    };
  }

  /** The rows of a field read some methods deep, written {@code depth owner|other#name/0}. */
  private static boolean fieldRows(ProjectView view, String body) {
    int space = body.indexOf(' ');
    Optional<CallSite> field = space < 0 ? Optional.empty() : site(body.substring(space + 1));
    if (field.isEmpty() || !body.substring(0, space).matches("\\d+")) {
      return false;
    }
    view.fields().rows(field.get(), Integer.parseInt(body.substring(0, space)));
    return true;
  }

  /** The call site a question names as {@code owners#name/arity}, if it does. */
  private static Optional<CallSite> site(String key) {
    int hash = key.lastIndexOf('#');
    int slash = key.lastIndexOf('/');
    if (hash < 0 || slash < hash || !key.substring(slash + 1).matches("\\d+")) {
      return Optional.empty();
    }
    return Optional.of(new CallSite(Arrays.asList(key.substring(0, hash).split("\\|", -1)),
        key.substring(hash + 1, slash), Integer.parseInt(key.substring(slash + 1))));
  }
}
