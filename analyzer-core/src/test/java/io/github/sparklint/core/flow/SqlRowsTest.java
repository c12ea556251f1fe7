package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SqlRowsTest {
  @Test
  void groupedQueriesAreUnboundedUnlessWherePinsEveryKey() {
    assertThat(SqlRows.rowBound("SELECT k, count(*) FROM t GROUP BY k")).isEmpty();
    assertThat(SqlRows.rowBound("select CAL_DT, bitmap_build(x) from f "
        + "where CAL_DT in (date'2012-01-01', date'2012-01-02',date'2012-01-03') "
        + "group by CAL_DT order by CAL_DT")).isEqualTo(OptionalLong.of(3));
    assertThat(SqlRows.rowBound("select a, b, count(*) from t where t.a = 'x' and b in (1, 2) "
        + "group by a, b")).isEqualTo(OptionalLong.of(2));
    // One key is not pinned; an IN over a subquery pins nothing; OR does not pin.
    assertThat(SqlRows.rowBound("select a, b, count(*) from t where a = 'x' group by a, b"))
        .isEmpty();
    assertThat(SqlRows.rowBound("select a, count(*) from t where a in (select a from u) "
        + "group by a")).isEmpty();
    assertThat(SqlRows.rowBound("select a, count(*) from t where a = 1 or a = 2 group by a"))
        .isEmpty();
  }

  @Test
  void unionsAddUpTheirParts() {
    assertThat(SqlRows.rowBound("SELECT count(*) FROM a UNION ALL SELECT max(x) FROM b"))
        .isEqualTo(OptionalLong.of(2));
    assertThat(SqlRows.rowBound("(SELECT count(*) FROM a) UNION (SELECT 1)"))
        .isEqualTo(OptionalLong.of(2));
    assertThat(SqlRows.rowBound("SELECT count(*) FROM a UNION ALL SELECT * FROM b")).isEmpty();
    // A UNION inside a subquery is not the statement's own.
    assertThat(SqlRows.rowBound("SELECT * FROM (SELECT 1 UNION ALL SELECT 2) t")).isEmpty();
  }

  @Test
  void alwaysFalseFiltersAndConstantsAndLimits() {
    assertThat(SqlRows.rowBound("select x from t where 1 = 0")).isEqualTo(OptionalLong.of(0));
    assertThat(SqlRows.rowBound("select x from t where false")).isEqualTo(OptionalLong.of(0));
    assertThat(SqlRows.rowBound("select x from t where x = 1 and 1=0"))
        .isEqualTo(OptionalLong.of(0));
    assertThat(SqlRows.rowBound("select x from t where x = 0")).isEmpty();
    assertThat(SqlRows.rowBound("select bitmap_build(1)")).isEqualTo(OptionalLong.of(1));
    assertThat(SqlRows.rowBound("select * from t order by x limit 25"))
        .isEqualTo(OptionalLong.of(25));
    assertThat(SqlRows.rowBound("SELECT (SELECT max(d) FROM u) AS m, x FROM t")).isEmpty();
  }

  @Test
  void icebergHistoryTablesAreSmallButItsFileTablesAreNot() {
    assertThat(SqlRows.rowBound("SELECT * FROM openhouse.db.tbl.snapshots")).isPresent();
    assertThat(SqlRows.rowBound("select snapshot_id from db.t.`refs` where name = 'main'"))
        .isPresent();
    assertThat(SqlRows.rowBound("SELECT * FROM __x__.history ORDER BY made_current_at"))
        .isPresent();
    assertThat(SqlRows.rowBound("SELECT * FROM db.tbl.data_files")).isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM db.tbl.all_entries")).isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM db.tbl.partitions")).isEmpty();
    // a table of that name, not a metadata table, and a join that brings other rows
    assertThat(SqlRows.rowBound("SELECT * FROM snapshots")).isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM db.t.snapshots s JOIN db.events e ON s.id = e.id"))
        .isEmpty();
  }

  @Test
  void paimonSystemTablesOfHistoryAreSmallButItsFileTablesAreNot() {
    assertThat(SqlRows.rowBound("SELECT fields FROM `testCreateTable$schemas`")).isPresent();
    assertThat(SqlRows.rowBound("select * from db.t$snapshots where commit_kind = 'APPEND'"))
        .isPresent();
    assertThat(SqlRows.isSmallMetadataTable("`t1$snapshots`")).isTrue();
    assertThat(SqlRows.isSmallMetadataTable("db.t$options")).isTrue();
    assertThat(SqlRows.rowBound("SELECT * FROM `t$files`")).isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM t$audit_log")).isEmpty();
    assertThat(SqlRows.isSmallMetadataTable("`t$manifests`")).isFalse();
    // a table whose name merely ends like a system table
    assertThat(SqlRows.isSmallMetadataTable("t_snapshots")).isFalse();
  }

  @Test
  void procedureCallsReportWhatTheyDidUnlessTheyListItems() {
    assertThat(SqlRows.rowBound("CALL cat.system.rewrite_data_files(table => 'db.t')"))
        .isEqualTo(OptionalLong.of(1));
    assertThat(SqlRows.rowBound("call sys.compact(table => 'T')")).isEqualTo(OptionalLong.of(1));
    assertThat(SqlRows.rowBound("CALL __x__.system.expire_snapshots('__x__', 2)")).isPresent();
    assertThat(SqlRows.rowBound("CALL cat.system.remove_orphan_files(table => 'db.t')"))
        .isEmpty();
    assertThat(SqlRows.rowBound("call show_commits(table => 'hudi_t', limit => 10)")).isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM calls")).isEmpty();
    assertThat(SqlRows.isStatement("CALL sys.compact(table => 'T')")).isTrue();
  }

  @Test
  void aTrailingLimitTheCodeFillsInBoundsTheRowsByACountItDoesNotShow() {
    assertThat(SqlRows.rowBound("SELECT node FROM g ORDER BY w DESC LIMIT __x__"))
        .isEqualTo(OptionalLong.of(SqlRows.UNCOUNTED));
    assertThat(SqlRows.rowBound("select * from t limit __x__;")).isPresent();
    assertThat(SqlRows.rowBound("SELECT * FROM (SELECT * FROM t LIMIT __x__) a JOIN b ON a.k = b.k"))
        .isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM t WHERE w > __x__")).isEmpty();
    assertThat(SqlRows.rowBound("SELECT * FROM limit_log")).isEmpty();
  }

  @Test
  void statementsAreToldFromOtherText() {
    assertThat(SqlRows.isStatement("select * from t")).isTrue();
    assertThat(SqlRows.isStatement("  -- note\n WITH a AS (select 1) select * from a")).isTrue();
    assertThat(SqlRows.isStatement("SHOW TABLES")).isTrue();
    assertThat(SqlRows.isStatement("events")).isFalse();
    assertThat(SqlRows.isStatement("/data/select/events.parquet")).isFalse();
    assertThat(SqlRows.isStatement("selected_rows")).isFalse();
  }
}
