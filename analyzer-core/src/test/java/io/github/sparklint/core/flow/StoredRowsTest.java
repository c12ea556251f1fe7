package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.ParserSettings;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.java.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What {@link StoredRows} names for reads out of fields, collections and arrays, and what it hands
 * back to {@link RowBounds} to follow: each case with a read it must leave alone.
 */
class StoredRowsTest {
  private static final String SOURCE = """
      import java.util.*;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      class Job {
        Dataset<Row> kept;

        void run(Dataset<Row> input, List<Dataset<Row>> given, Holder holder) {
          Dataset<Row>[] parts = input.randomSplit(new double[] {0.5, 0.5});
          parts[0].count();
          Dataset<Row>[] changed = input.randomSplit(new double[] {0.5, 0.5});
          changed[1] = input;
          changed[0].count();
          List<Dataset<Row>> frames = new ArrayList<>();
          frames.add(input.limit(3));
          frames.get(0).count();
          List<Dataset<Row>> escaping = new ArrayList<>();
          escaping.add(input);
          Object sink = escaping;
          escaping.get(0).count();
          List<String> names = new ArrayList<>();
          names.get(0).length();
          given.get(0).count();
          new Holder(input).rows.count();
          holder.rows.count();
          this.kept.count();
          kept.count();
          inherited.count();
          String plain = names.get(0);
          plain.length();
        }
      }
      """;

  /** Every value StoredRows asked RowBounds to follow, as its source text. */
  private final List<String> followed = new ArrayList<>();
  private final CompilationUnit cu =
      new JavaParser(ParserSettings.syntaxOnly()).parse(SOURCE).getResult().orElseThrow();
  private final StoredRows stored = new StoredRows(
      new SparkTypes(ImportTable.of(cu), new ProjectView(ProjectIndex.empty())),
      new StoredRows.Follow() {
        @Override
        public Flow rows(Expression value, Walk walk) {
          followed.add(value.toString());
          return Flow.known(Bound.bounded(OptionalLong.of(3), "followed"));
        }

        @Override
        public Flow argument(Expression argument) {
          followed.add(argument.toString());
          return Flow.param(0, argument.toString());
        }
      });

  @Test
  void anArrayElementIsItsArraysValueUnlessAnElementIsAssigned() {
    assertThat(stored.element(array("parts[0]"), new Walk()).op()).isEqualTo(Flow.Op.KNOWN);
    assertThat(followed).containsExactly("parts");
    followed.clear();
    assertThat(stored.element(array("changed[0]"), new Walk())).isEqualTo(Flow.UNKNOWN);
    assertThat(followed).isEmpty();
  }

  @Test
  void aLocalCollectionHoldsWhatWasStoredUnlessItEscapesOrHoldsNoRows() {
    assertThat(stored.element(call("frames.get(0)"), new Walk()))
        .hasValueSatisfying(flow -> assertThat(flow.op()).isEqualTo(Flow.Op.KNOWN));
    assertThat(followed).containsExactly("input.limit(3)");
    followed.clear();
    assertThat(stored.element(call("escaping.get(0)"), new Walk())).contains(Flow.UNKNOWN);
    assertThat(stored.element(call("names.get(0)"), new Walk())).isEmpty();
    assertThat(stored.element(call("given.get(0)"), new Walk())).contains(Flow.param(1, "given"));
    assertThat(followed).isEmpty();
  }

  @Test
  void aFieldOfAnObjectMadeInSightCarriesTheConstructorsArguments() {
    Flow made = stored.field(field("new Holder(input).rows"), new Walk());
    assertThat(made.op()).isEqualTo(Flow.Op.FIELD);
    // Holder is declared in no file in sight: the project index resolves the reference.
    assertThat(made.site().owners()).map(TypeKeys::writtenName).containsExactly("Holder");
    assertThat(made.site().owners()).allMatch(TypeKeys::isUnresolved);
    assertThat(made.inputs().get(0).op()).isEqualTo(Flow.Op.NEW);
    assertThat(followed).containsExactly("input");

    Flow given = stored.field(field("holder.rows"), new Walk());
    assertThat(given.inputs()).containsExactly(Flow.objectParam(2, "holder"));
  }

  @Test
  void aFieldOfThisTypeIsAskedOfTheIndexButALocalIsNoField() {
    assertThat(stored.field(field("this.kept"), new Walk()))
        .isEqualTo(Flow.field(List.of("Job"), "kept", Flow.UNKNOWN));
    assertThat(stored.namedField(name("kept"), new Walk()))
        .contains(Flow.field(List.of("Job"), "kept", Flow.UNKNOWN));
    assertThat(stored.namedField(name("inherited"), new Walk())).isEmpty();
    assertThat(stored.namedField(name("plain"), new Walk())).isEmpty();
    assertThat(followed).isEmpty();
  }

  private ArrayAccessExpr array(String text) {
    return cu.findFirst(ArrayAccessExpr.class, a -> a.toString().equals(text)).orElseThrow();
  }

  private MethodCallExpr call(String text) {
    return cu.findFirst(MethodCallExpr.class, c -> c.toString().equals(text)).orElseThrow();
  }

  private FieldAccessExpr field(String text) {
    return cu.findFirst(FieldAccessExpr.class, f -> f.toString().equals(text)).orElseThrow();
  }

  private NameExpr name(String text) {
    return cu.findFirst(NameExpr.class, n -> n.getNameAsString().equals(text)
        && n.getParentNode().filter(MethodCallExpr.class::isInstance).isPresent()).orElseThrow();
  }
}
