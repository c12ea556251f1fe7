package io.github.sparklint.core.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in Spark facts load from {@code spark-methods.txt}, consistent and complete. */
class SparkMethodsTest {
  @Test
  void resourceLoadsWithEveryFactKindUsed() {
    Set<MethodFact> used = EnumSet.noneOf(MethodFact.class);
    SparkMethods.rows().forEach(row -> used.add(row.fact()));

    assertThat(SparkMethods.rows()).hasSizeGreaterThan(700);
    // no Spark method drains an iterator it is given, and Spark's own calls of the methods a
    // project implements are no rows about Spark's methods: only models of other code state those
    Set<MethodFact> stated = EnumSet.complementOf(EnumSet.of(MethodFact.DRAINS, MethodFact.HANDS));
    assertThat(used).containsExactlyInAnyOrderElementsOf(stated);
  }

  @Test
  void resourceHasNoDuplicateOrContradictoryRowAndOnlyEveryOverloadRows() {
    Set<String> keys = new HashSet<>();
    for (MethodRow row : SparkMethods.rows()) {
      String key = row.owner() + " " + row.method() + " " + row.fact()
          + (row.fact().hasManyValues() ? " " + row.argument() : "");
      assertThat(keys.add(key)).as("row %s (line %d) repeats or contradicts another", row.text(),
          row.line()).isTrue();
      assertThat(row.anyArity()).as(row.text()).isTrue();
    }
  }

  @Test
  void queriesReadTheRows() {
    assertThat(SparkApi.isCollectingAction(SparkKind.DATASET, "collectAsList")).isTrue();
    assertThat(SparkApi.isCollectingAction(SparkKind.DATASET, "collectAsMap")).isFalse();
    assertThat(SparkApi.rowCountArgument(SparkKind.RDD, "takeSample")).hasValue(1);
    assertThat(SparkClasses.returnKind(SparkKind.DATASET, "groupByKey"))
        .contains(SparkKind.KEY_VALUE_GROUPED);
    assertThat(SparkClasses.staticReturnKind(SparkKind.FUNCTIONS, "broadcast"))
        .contains(SparkKind.DATASET);
    assertThat(SparkClosures.functionParameterKind(SparkKind.DSTREAM, "transformWith", 1))
        .contains(SparkKind.RDD);
    assertThat(SparkClosures.functionParameterKind(SparkKind.DSTREAM, "transformWith", 2))
        .isEmpty();
    assertThat(SparkConfigKeys.partitionCountArgument(SparkKind.RDD, "coalesce"))
        .contains(new SparkConfigKeys.PartitionCountArgument(0, 2, 1));
    assertThat(SparkState.isStreamingSource(SparkKind.STREAM_READER, "parquet")).isTrue();
    assertThat(SparkState.isStreamingSource(SparkKind.READER, "parquet")).isFalse();
  }

  @Test
  void duplicateRowIsRejectedNamingItsLine() {
    String text = "dataset collect * collects this\n# comment\ndataset collect * collects this\n";

    assertThatThrownBy(() -> MethodRows.parse(text))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getMessage()).contains("repeats the row of line 1");
        });
  }

  @Test
  void contradictoryRowIsRejectedButManyValuedFactsAreNot() {
    assertThatThrownBy(() -> MethodRows.parse(
        "dataset limit * rows limit\ndataset limit * rows receiver\n"))
        .isInstanceOfSatisfying(MethodRows.BadRow.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.field()).isEqualTo("argument");
          assertThat(e.getMessage()).contains("'rows receiver' contradicts 'rows limit' of line 1");
        });
    assertThat(MethodRows.parse("rdd zip * collects 0\nrdd zip * collects 1\n")).hasSize(2);
  }

  @Test
  void builtInRowsMayUseEveryFactButNeedASparkKind() {
    assertThatThrownBy(() -> MethodRows.parse("Dataset collect * collects this\n"))
        .isInstanceOfSatisfying(MethodRows.BadRow.class,
            e -> assertThat(e.field()).isEqualTo("class"));
    assertThat(Arrays.stream(MethodFact.values()).filter(MethodFact::inModels).map(MethodFact::text))
        .containsExactly("returns", "rows", "collects", "drains", "hands", "broadcasts");
  }

  @Test
  void mllibDistributedMatricesAreDistributedKindsWhoseLocalResultsAreNoCollects() {
    String distributed = "org.apache.spark.mllib.linalg.distributed.";
    assertThat(SparkClasses.kindOfClass(distributed + "IndexedRowMatrix"))
        .contains(SparkKind.DISTRIBUTED_MATRIX);
    assertThat(SparkClasses.kindOfClass(distributed + "BlockMatrix")).contains(SparkKind.BLOCK_MATRIX);
    assertThat(SparkKind.BLOCK_MATRIX.isDistributed()).isTrue();
    assertThat(SparkClasses.returnKind(SparkKind.DISTRIBUTED_MATRIX, "rows")).contains(SparkKind.RDD);
    assertThat(SparkClasses.returnKind(SparkKind.DISTRIBUTED_MATRIX, "toBlockMatrix"))
        .contains(SparkKind.BLOCK_MATRIX);
    assertThat(SparkApi.isRowPreserving(SparkKind.DISTRIBUTED_MATRIX, "multiply")).isTrue();
    assertThat(SparkApi.isJoin(SparkKind.BLOCK_MATRIX, "multiply")).isTrue();
    assertThat(SparkApi.isCollectingAction(SparkKind.BLOCK_MATRIX, "toLocalMatrix")).isTrue();
    assertThat(SparkApi.constructorRowsOfArgument(SparkKind.DISTRIBUTED_MATRIX)).hasValue(0);
    assertThat(SparkApi.constructorRowsOfArgument(SparkKind.RDD)).isEmpty();
    for (String local : new String[] {"computeGramianMatrix", "computeColumnSummaryStatistics",
        "numRows", "computePrincipalComponents", "computeSVD"}) {
      assertThat(SparkApi.isCollectingAction(SparkKind.DISTRIBUTED_MATRIX, local)).as(local).isFalse();
      assertThat(SparkClasses.returnKind(SparkKind.DISTRIBUTED_MATRIX, local)).as(local).isEmpty();
    }
  }
}
