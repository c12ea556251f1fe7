package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A Dataset narrowed to one key the code made unique ({@code groupBy("k").count()} or {@code
 * dropDuplicates("k")}, then {@code filter(col("k").equalTo(x))} or {@code where("k = 'x'")}) has
 * at most one row (a column named by {@code col("k")} or {@code new Column("k")}, set to a value
 * of any type but {@code Column}); an equality on a column the code does not show to be unique, on one column of a
 * composite key, a {@code notEqual}, an {@code isin}, an {@code OR}, a comparison with another
 * column, or a {@code collect_list} per key bound nothing (nor does an {@code explode} after such a
 * lookup). An {@code explode} of the one row of a unique lookup is as large as that row, as after
 * {@code limit(1)}: the bound counts rows. A finding about rows narrowed to one value of a column
 * the code does not show unique (a Column equality, a condition text, a SQL {@code WHERE}) says
 * so, and that how many rows share the value is not known (an {@code explode} after it counts as
 * the rows it explodes, as above); it stays of high confidence, as such findings were right about
 * as often as the others on the labeled samples. A {@code notEqual}, {@code isin}, {@code OR}, a
 * comparison of two columns, a {@code collect_list} per key, or a join or union with a whole
 * table narrows nothing.
 */
class UniqueKeyLookupsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void anEqualityOnAColumnTheCodeDoesNotShowUniqueBoundsNothing() {
    tester.addSource("Lookups.java", """
        import static org.apache.spark.sql.functions.col;
        import static org.apache.spark.sql.functions.explode;
        import static org.apache.spark.sql.functions.lit;

        import java.util.List;
        import org.apache.spark.sql.Column;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Lookups {
          void run(SparkSession spark, String id, List<String> ids) {
            Dataset<Row> events = spark.read().parquet("/data/events");
            // an id of a table read: the code does not show it is unique
            // BUG: Diagnostic contains: `collectAsList()` copies every row of an unbounded Dataset into driver memory; nothing upstream (limit, take, a global aggregate) bounds it; the rows are narrowed to one value of `id`; how many rows share it is not known
            events.filter(col("id").equalTo(id)).collectAsList();
            // BUG: Diagnostic contains: how many rows share it is not known
            events.where("event_id = '" + id + "'").collectAsList();
            Dataset<Row> perUser = events.groupBy("user", "day").count();
            // one column of a composite key
            // BUG: Diagnostic contains: how many rows share it is not known
            perUser.filter(col("user").equalTo(id)).collectAsList();
            Dataset<Row> users = events.groupBy("user").count();
            // BUG: Diagnostic contains: `collectAsList()`
            users.filter(col("user").notEqual(id)).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            users.filter(col("user").isin(ids.toArray())).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            users.where("user = 1 OR count > 2").collectAsList();
            // BUG: Diagnostic contains: one value of `count`
            users.where("count = 1").collectAsList();
            Column other = col("count");
            // BUG: Diagnostic contains: `collectAsList()`
            users.filter(col("user").equalTo(other)).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            users.filter(new Column("user").equalTo(new Column("count"))).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            users.filter(col("user").equalTo(new Column("count").plus(1))).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            users.filter(col("user").equalTo(col("count"))).collectAsList();
            // one row per key, but it holds every value of the group
            Dataset<Row> lists = events.groupBy("user").agg(
                org.apache.spark.sql.functions.collect_list("page"));
            // BUG: Diagnostic contains: `collectAsList()`
            lists.filter(col("user").equalTo(lit(id))).collectAsList();
            // the rows of one user of a table read, exploded into one row per element
            Dataset<Row> exploded =
                events.filter(col("user").equalTo(id)).select(explode(col("pages")));
            // BUG: Diagnostic contains: how many rows share it is not known
            exploded.collectAsList();
            // deduplicated on every column: no one column is unique
            // BUG: Diagnostic contains: how many rows share it is not known
            events.distinct().filter(col("user").equalTo(id)).collectAsList();
          }
        }
        """)
        .expectMatches();
    // narrowed or not, of high confidence: such findings were as often right as the others
    assertThat(tester.findings()).extracting(Finding::confidence).containsOnly(Confidence.HIGH);
    // a condition that does not narrow to one value, or a lookup of whole groups, says nothing
    assertThat(tester.findings()).filteredOn(f -> !f.message().contains("narrowed")).hasSize(8);
  }

  @Test
  void aQueryOrLookupNarrowedToOneValueSaysSoUntilJoinedWithAWholeTable() {
    tester.addSource("Queries.java", """
        import static org.apache.spark.sql.functions.col;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Queries {
          void run(SparkSession spark, String id) {
            // BUG: Diagnostic contains: `collectAsList()` copies every row of an unbounded Dataset into driver memory; nothing upstream (limit, take, a global aggregate) bounds it; the rows are narrowed to one value of `id`
            spark.sql("SELECT * FROM events WHERE id = '" + id + "'").collectAsList();
            // BUG: Diagnostic contains: one value of `user`; how many
            spark.sql("select name, day from events where day > 3 and user = 7").collect();
            // BUG: Diagnostic contains: one value of `d`, `u`; how many
            spark.table("t").where(col("u").equalTo(7).and(col("d").equalTo(1))).collect();
            // BUG: Diagnostic contains: how many rows share it is not known
            Queries.lookup(spark, id).collectAsList();
            // a join on two tables, a column set to another, an OR: nothing narrows to one value
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM a JOIN b ON a.k = b.k WHERE a.id = 1").collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM a, b WHERE a.id = 1").collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM a WHERE a.id = a.parent").collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM a WHERE id = 1 OR kind = 2").collectAsList();
            Dataset<Row> events = spark.read().parquet("/data/events");
            Dataset<Row> one = events.filter(col("id").equalTo(id));
            // joined with a whole table, or with one added: the code shows the rows
            // BUG: Diagnostic contains: `collectAsList()`
            one.join(events, "user").collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            events.union(one).collectAsList();
            // two lookups joined: still narrowed
            // BUG: Diagnostic contains: how many rows share it is not known
            one.join(events.filter(col("user").equalTo(id)), "day").collectAsList();
          }

          static Dataset<Row> lookup(SparkSession spark, String id) {
            return spark.read().parquet("/data/users").where("user_id = '" + id + "'");
          }
        }
        """)
        .expectMatches();
    assertThat(tester.findings()).extracting(Finding::confidence).containsOnly(Confidence.HIGH);
    assertThat(tester.findings()).filteredOn(f -> !f.message().contains("narrowed")).hasSize(6);
    assertThat(tester.findings()).filteredOn(f -> f.message().contains("narrowed")).hasSize(5);
  }

  @Test
  void aKeyTheCodeMadeUniqueSetToOneValueKeepsOneRow() {
    tester.addSource("Terms.java", """
        import static org.apache.spark.sql.functions.col;
        import static org.apache.spark.sql.functions.count;
        import static org.apache.spark.sql.functions.countDistinct;
        import static org.apache.spark.sql.functions.lit;

        import java.util.List;
        import org.apache.spark.sql.Column;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Terms {
          private static final String KEY = "key";

          void run(SparkSession spark, List<String> terms) {
            Dataset<Row> values = spark.read().parquet("/data/values");
            Dataset<Row> counts = values.groupBy("key").agg(count("*"));
            Dataset<Row> unique = values.groupBy(col("key")).agg(countDistinct("value").alias("n"));
            for (String term : terms) {
              counts.filter(col("key").equalTo(term)).select("count(1)").as(Encoders.LONG())
                  .collectAsList();
              unique.filter(unique.col("KEY").equalTo(lit(term))).cache().collectAsList();
              counts.where("key = '" + term + "'").collectAsList();
              counts.filter(col(KEY).$eq$eq$eq(term).and(col("count(1)").gt(1))).collectAsList();
            }
            Dataset<Row> latest = values.dropDuplicates("key", "day").orderBy("key");
            latest.where("key = 'a' and day = 3").collectAsList();
            latest.filter(col("day").equalTo(3).and(col("key").equalTo("a"))).collect();
            values.groupBy("user", "day").count()
                .filter(col("user").equalTo("u").and(col("day").equalTo(1))).collectAsList();
            Dataset<Row> perKey = values.groupBy(new Column("key")).count();
            for (String term : terms) {
              perKey.filter(new Column("KEY").equalTo(term)).collectAsList();
              TableColumn named = new TableColumn(term);
              perKey.filter(col("key").equalTo(named.name())).collectAsList();
            }
          }
        }
        """)
        .addSource("TableColumn.java", """
        record TableColumn(String name) {}
        """)
        .expectMatches();
  }

  @Test
  void conditionTextsFixOnlyColumnsSetToOneLiteralWithoutOr() {
    assertThat(UniqueKeyLookups.fixedInText("k = 'x'")).containsExactly("k");
    assertThat(UniqueKeyLookups.fixedInText("`K` == 1 AND d > 2")).containsExactly("k");
    assertThat(UniqueKeyLookups.fixedInText("k = '__x__' and d = ?"))
        .containsExactlyInAnyOrder("k", "d");
    assertThat(UniqueKeyLookups.fixedInText("k = 1 OR d = 2")).isEmpty();
    assertThat(UniqueKeyLookups.fixedInText("NOT k = 1")).isEmpty();
    assertThat(UniqueKeyLookups.fixedInText("k = d")).isEmpty();
    assertThat(UniqueKeyLookups.fixedInText("k != 1")).isEmpty();
    assertThat(UniqueKeyLookups.fixedInText("k IN (1, 2)")).isEmpty();
  }
}
