package io.github.sparklint.core.flow;

import java.util.OptionalLong;

/**
 * The one decision on the rows of a SQL text in sight: the bound {@link SqlRows} reads from it;
 * else, for a statement that is neither a query nor a command sparklint knows (an extension's own,
 * like Nessie's {@code LIST REFERENCES}), unknown: out of sight, not a table read; else a read of
 * whole tables (unbounded, unless the tables are views whose rows the file shows: {@link
 * TempViews}). {@link RowBounds} decides it on a text it sees, {@link FlowEvaluator} on a text a
 * caller passes.
 *
 * @param bound the rows: bounded, unknown or unbounded
 * @param readsTables true when the text reads tables whose rows the text does not bound
 * @param narrowedTo the column the text narrows a table read to one value of ({@link
 *     SqlRows#narrowedColumns}), or null
 */
record SqlBound(Bound bound, boolean readsTables, String narrowedTo) {
  private static final SqlBound OUT_OF_SIGHT = new SqlBound(Bound.UNKNOWN, false, null);

  /** The rows of {@code sql}, a bound of it named after {@code origin} (the running method). */
  static SqlBound of(String sql, String origin) {
    OptionalLong rows = SqlRows.rowBound(sql);
    if (rows.isPresent()) {
      return new SqlBound(Bound.bounded(rows, origin), false, null);
    }
    if (!SqlRows.isStatement(sql)) {
      return OUT_OF_SIGHT;
    }
    String column = SqlRows.narrowedColumns(sql).orElse(null);
    return new SqlBound(column == null ? Bound.UNBOUNDED : Bound.UNBOUNDED.narrowedTo(column),
        true, column);
  }

  /** The rows the text reads ({@code tables}: of tables or views), narrowed as the text says. */
  Flow narrowed(Flow tables) {
    return narrowedTo == null ? tables : Flow.narrowed(narrowedTo, tables);
  }
}
