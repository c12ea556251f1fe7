package io.github.sparklint.core.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in library models load from {@code library-models.txt}: every row a valid user-model
 * row, none repeated, every class fully qualified; and the two model facts they brought in
 * ({@code returns} a class, {@code rows input N}) are validated like the others.
 */
class LibraryModelsTest {
  @Test
  void resourceLoadsAsModelRowsWithFullyQualifiedClassesAndNoRepeats() {
    List<MethodRow> rows = LibraryModels.builtIn().rows();
    Set<String> keys = new HashSet<>();

    assertThat(rows).hasSizeGreaterThan(40);
    assertThat(LibraryModels.builtIn().source()).isEqualTo("library-models.txt");
    for (MethodRow row : rows) {
      assertThat(row.fact().inModels()).as(row.text()).isTrue();
      assertThat(row.owner()).as(row.text()).contains(".");
      assertThat(keys.add(row.text())).as("row %s (line %d) repeats another", row.text(),
          row.line()).isTrue();
    }
    assertThat(rows).extracting(MethodRow::owner).contains(
        "org.elasticsearch.spark.rdd.api.java.JavaEsSpark",
        "org.apache.hadoop.hbase.spark.JavaHBaseContext",
        "com.datastax.spark.connector.japi.CassandraJavaUtil", "io.delta.tables.DeltaTable",
        "com.mongodb.spark.MongoSpark", "org.disq_bio.disq.HtsjdkReadsRddStorage",
        "org.apache.spark.ml.PipelineModel");
  }

  @Test
  void aRowWithASimpleClassNameDoesNotBelongInTheBuiltInFile() {
    MethodRow simple = MethodRows.parse("Tables read * rows unbounded\n", true).get(0);
    MethodRow simpleReturn = MethodRows.parse(
        "com.acme.Tables open * returns Reader\n", true).get(0);
    MethodRow qualified = MethodRows.parse(
        "com.acme.Tables open * returns com.acme.Reader\n", true).get(0);

    assertThat(LibraryModels.fault(simple)).isNotNull()
        .satisfies(e -> assertThat(e.field()).isEqualTo("class"));
    assertThat(LibraryModels.fault(simpleReturn)).isNotNull()
        .satisfies(e -> assertThat(e.getMessage()).contains("'Reader'"));
    assertThat(LibraryModels.fault(qualified)).isNull();
  }

  @Test
  void builtInRowsStateConditionsAfterWhenWithFullyQualifiedClasses() {
    List<MethodRow> rows = MethodRows.parse("""
        com.acme.Graph execute 2 rows unbounded when argument 0 is com.acme.op.ReadAll
        com.acme.Graph execute 2 rows bounded 5 when   argument 0 is Sample
        com.acme.Graph execute 2 rows driver
        """, true);

    assertThat(rows).extracting(MethodRow::argument)
        .containsExactly("unbounded", "bounded 5", "driver");
    assertThat(rows).extracting(MethodRow::when).containsExactly(
        new ArgumentCondition(0, "com.acme.op.ReadAll"), new ArgumentCondition(0, "Sample"), null);
    assertThat(LibraryModels.fault(rows.get(0))).isNull();
    assertThat(LibraryModels.fault(rows.get(1))).isNotNull()
        .satisfies(e -> assertThat(e.field()).isEqualTo("when"))
        .satisfies(e -> assertThat(e.getMessage()).contains("'Sample'"));
    assertThatThrownBy(() -> MethodRows.parse("dataset collect * rows unbounded when argument 0 "
        + "is X\n")).isInstanceOf(MethodRows.BadRow.class)
        .hasMessageContaining("only 'rows' rows of models may have a condition");
    assertThat(LibraryModels.builtIn().rows()).filteredOn(r -> r.when() != null)
        .extracting(r -> r.when().simpleClass())
        .contains("GetRDDOfAllElements", "GetJavaRDDOfAllElements", "GetDataFrameOfElements");
  }

  @Test
  void aModelMayReturnAClassADatasetAnRddOrWhereDataComesFromButNoOtherSparkKind() {
    assertThat(MethodRows.row("Storage", "read", "1", "returns", "com.acme.Holder", 3, true)
        .argument()).isEqualTo("com.acme.Holder");
    assertThat(MethodRows.row("Storage", "read", "1", "returns", "Holder", 3, true)
        .argument()).isEqualTo("Holder");
    assertThat(MethodRows.row("TestBase", "jsc", "0", "returns", "spark-context", 3, true)
        .argument()).isEqualTo("spark-context");
    assertThat(MethodRows.row("TestBase", "spark", "0", "returns", "session", 3, true)
        .argument()).isEqualTo("session");
    assertThatThrownBy(() -> MethodRows.row("Storage", "read", "1", "returns", "reader", 3, true))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> assertThat(e.getMessage())
            .contains("dataset, rdd, session, spark-context, sql-context or a class name"));
    assertThatThrownBy(() -> MethodRows.row("Storage", "read", "1", "returns", "com.acme.1x", 3,
        true)).isInstanceOf(MethodRows.BadRow.class);
  }

  @Test
  void rowsInputNamesAnArgumentInRange() {
    assertThat(MethodRows.row("Model", "transform", "1", "rows", "input 0", 2, true).argument())
        .isEqualTo("input 0");
    assertThatThrownBy(() -> MethodRows.row("Model", "transform", "1", "rows", "input 1", 2, true))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> assertThat(e.getMessage())
            .contains("argument index 1 is out of range for a method of arity 1"));
    assertThatThrownBy(() -> MethodRows.row("Model", "transform", "1", "rows", "input", 2, true))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> assertThat(e.getMessage())
            .contains("input N or at-most N (N an argument index)"));
  }

  @Test
  void rowsAtMostNamesAWholeNumberArgumentInRange() {
    assertThat(MethodRows.row("Search", "top", "2", "rows", "at-most 1", 2, true).argument())
        .isEqualTo("at-most 1");
    assertThatThrownBy(() -> MethodRows.row("Search", "top", "2", "rows", "at-most 2", 2, true))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> assertThat(e.getMessage())
            .contains("argument index 2 is out of range for a method of arity 2"));
    assertThatThrownBy(() -> MethodRows.row("Search", "top", "2", "rows", "at-most n", 2, true))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> assertThat(e.getMessage())
            .contains("at-most N"));
  }
}
