package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one SQL decision {@link RowBounds} and {@link FlowEvaluator} share. */
class SqlBoundTest {
  @Test
  void aBoundTheTextShowsIsKeptWithTheRunningMethod() {
    SqlBound limited = SqlBound.of("select * from events limit 5", "sql");
    assertThat(limited.readsTables()).isFalse();
    assertThat(limited.bound().isSmall(10)).isTrue();
    assertThat(limited.bound().origin()).isEqualTo("sql");
    assertThat(SqlBound.of("SHOW TABLES", "sqlContext").bound().isBounded()).isTrue();
  }

  @Test
  void aQueryWithoutABoundReadsTables() {
    SqlBound read = SqlBound.of("select * from events where day > '2026-01-01'", "sql");
    assertThat(read.readsTables()).isTrue();
    assertThat(read.bound()).isEqualTo(Bound.UNBOUNDED);
    // one day's rows: as unbounded, and the text says which column it narrows
    SqlBound day = SqlBound.of("select * from events where day = '2026-01-01'", "sql");
    assertThat(day.readsTables()).isTrue();
    assertThat(day.narrowedTo()).isEqualTo("day");
    assertThat(day.bound().kind()).isEqualTo(Bound.Kind.UNBOUNDED);
    assertThat(day.bound().sourceNote()).isEqualTo(
        "; the rows are narrowed to one value of `day`; how many rows share it is not known");
  }

  private static java.util.Optional<String> narrowed(String sql) {
    return SqlRows.narrowedColumns(sql);
  }

  @Test
  void onlyAPlainSelectOfOneTableNarrowsToTheValueOfAColumn() {
    assertThat(narrowed("SELECT a, b FROM t WHERE t.k = ? AND b > 2")).hasValue("k");
    assertThat(narrowed("select * from t where `Id` = :id")).hasValue("id");
    assertThat(narrowed("select * from t where z = 1 and a = 'x' and A = 2"))
        .hasValue("a`, `z");
    assertThat(narrowed("select * from (select * from u where k = 1) s")).isEmpty();
    assertThat(narrowed("select * from t where k = 1 or j = 2")).isEmpty();
    assertThat(narrowed("select * from t where k = j")).isEmpty();
    assertThat(narrowed("select * from t join u on t.k = u.k where t.k = 1")).isEmpty();
    assertThat(narrowed("select * from t, u where t.k = 1")).isEmpty();
    assertThat(narrowed("select k, count(*) from t where j = 1 group by k")).isEmpty();
    assertThat(narrowed("select * from t where k = 1 union select * from u")).isEmpty();
  }

  @Test
  void anExtensionsOwnStatementOrOtherTextIsOutOfSightNotARead() {
    for (String text : new String[] {"LIST REFERENCES IN nessie", "events", "selected_rows"}) {
      SqlBound unknown = SqlBound.of(text, "sql");
      assertThat(unknown.readsTables()).as(text).isFalse();
      assertThat(unknown.bound()).as(text).isEqualTo(Bound.UNKNOWN);
    }
  }
}
