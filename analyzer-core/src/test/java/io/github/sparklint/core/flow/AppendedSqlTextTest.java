package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A SQL text built in a local by appends ({@code sql += " and GROUP=" + group}) is read as its
 * initializer followed by every append before the query, as if each condition held: what the
 * appends add (a filter, a {@code LIMIT}) bounds the rows when it would with the text written out.
 */
class AppendedSqlTextTest {
  @Test
  void aQueryBuiltByAppendsIsReadWithItsAppends() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              SparkSession spark;

              String table() { return "db.meta"; }

              List<Row> limitedWhenAsked(boolean top) {
                String sql = "SELECT * FROM " + table();
                if (top) {
                  sql += " ORDER BY ts";
                }
                sql += " LIMIT 10";
                return spark.sql(sql).collectAsList();
              }

              List<Row> counted(int group) {
                String sql = "SELECT count(*) FROM " + table();
                if (group > 0) {
                  sql += " WHERE GROUP_ID = " + group;
                }
                return spark.sql(sql).collectAsList();
              }

              List<Row> reassigned(boolean all) {
                String sql = "SELECT * FROM " + table();
                if (!all) {
                  sql = "SHOW TABLES";
                }
                sql += " LIMIT 1000000";
                return spark.sql(sql).collectAsList();
              }

              List<Row> appendedInTheLoopAroundTheQuery(List<String> names) {
                String sql = "SELECT name FROM " + table() + " WHERE ACTIVE = 'true'";
                List<Row> rows = null;
                for (String name : names) {
                  rows = spark.sql(sql + " LIMIT 5").collectAsList();
                  sql += " AND NAME <> '" + name + "'";
                }
                return rows;
              }

              List<Row> groupDatabases(int group) {
                String sql = "SELECT DISTINCT DB_NAME FROM " + table() + " WHERE ACTIVE='true'";
                if (group > 0) {
                  sql += " and PROCESSING_GROUP=" + group;
                }
                // BUG: Diagnostic contains: unbounded
                return spark.sql(sql).collectAsList();
              }

              List<Row> limitedOnlyAfterTheQuery(String db) {
                String sql = "SELECT TBL_NAME FROM " + table();
                sql += " WHERE DB_NAME = '" + db + "' AND LOWER(ACTIVE)='true'";
                // BUG: Diagnostic contains: unbounded
                List<Row> rows = spark.sql(sql).collectAsList();
                sql += " LIMIT 1";
                return rows;
              }

              List<Row> widenedInALoop(List<String> names) {
                String sql = "SELECT * FROM " + table() + " WHERE name = 'a'";
                for (String name : names) {
                  sql += " OR name = '" + name + "'";
                }
                // BUG: Diagnostic contains: unbounded
                return spark.sql(sql).collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
