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
    SqlBound read = SqlBound.of("select * from events where day = '2026-01-01'", "sql");
    assertThat(read.readsTables()).isTrue();
    assertThat(read.bound()).isEqualTo(Bound.UNBOUNDED);
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
