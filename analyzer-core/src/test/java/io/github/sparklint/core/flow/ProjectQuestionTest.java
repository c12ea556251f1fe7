package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of question a {@link ProjectView} records is written so that another view can ask it
 * again ({@link ProjectQuestion}) and gets the same digest of the same answer ({@link
 * RecordedAnswers}); a question no view writes, or one whose body does not parse, never agrees.
 */
class ProjectQuestionTest {
  private static final CallSite RUN = new CallSite(List.of("Job", "Base"), "run", 2);

  @Test
  void everyKindOfQuestionIsAskedAgainWithTheSameAnswer() {
    ProjectView view = new ProjectView(ProjectIndex.empty());
    view.methods(RUN);
    view.modelled(RUN);
    view.testsClassOf(RUN, 0);
    view.fields().kind(List.of("Job"), "events");
    view.fields().writes(List.of("Job"), "events");
    view.fields().rows(new CallSite(List.of("Job"), "events", 0), 3);
    view.fields().writesBy("Job#<init>/0");
    view.fields().writeCallersOf("Job#<init>/0");
    view.fields().reachesStoring(RUN);
    view.hasCallers("Job#run/2");
    view.handingMethods(RUN);
    view.functionBodies(RUN);
    view.copiedParameters(RUN);
    view.collectingMethods(RUN);
    view.drainingMethods(RUN);
    view.enumConstants("Kind");
    view.hasBroadcastingMethodNamed("share");
    PassedRows.passedTo(view, "Job#run/2");
    view.endSummary();
    Map<String, String> answers = view.answers();

    assertThat(answers.keySet()).extracting(q -> q.substring(0, 2)).containsAll(
        List.of("f ", "v ", "r ", "w ", "k ", "s ", "c ", "u ", "p ", "e ", "t ", "g "));
    assertThat(answers).containsKey("r 3 Job#events/0").containsKey("u Job|Base#run/2");
    assertThat(new ProjectView(ProjectIndex.empty()).agrees(answers)).isTrue();
    assertThat(FileAnswers.staleness(answers, ProjectIndex.empty()))
        .isEqualTo(FileAnswers.Staleness.SAME);
  }

  @Test
  void aQuestionNoViewWritesNeverAgrees() {
    for (String question : List.of("z Job#run/2", "m Job.run", "u Job#run", "r x Job#events/0",
        "r Job#events/0", "f Job.events", "")) {
      assertThat(new ProjectView(ProjectIndex.empty()).agrees(Map.of(question, "0")))
          .as(question).isFalse();
    }
  }

  @Test
  void typesLookedForAsFunctionsOrEnumsAndNotFoundAreTheOnesToBringIn() {
    ProjectView view = new ProjectView(ProjectIndex.empty());
    view.functionBodies(new CallSite(List.of("com.acme.Parsers"), "parse", 1));
    view.drainingMethods(RUN);
    view.enumConstants("com.acme.Level");
    view.methods(new CallSite(List.of("Unrelated"), "call", 0));

    assertThat(FileAnswers.unseenFunctionOwners(view.answers()))
        .containsExactlyInAnyOrder("Parsers", "Job", "Base", "Level");
  }
}
