package io.xborder.sop.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Median and 90th percentile per group, computed in the database with the nearest-rank method: the
 * value at position {@code ceil(n * p)} of the group's non-null values in ascending order. The
 * database returns one row per group, never the underlying history. Two ways, both run by H2 and
 * PostgreSQL ({@code PERCENTILE_DISC} is not an option: H2 ranks differently from PostgreSQL):
 * <ul>
 *   <li>Sorted arrays, in the same pass as the group's counts: an inner query aggregates each group's
 *       values ({@link #ascending}), the outer query picks the positions ({@link #at}). Fast, but H2
 *       refuses arrays of more than {@value #H2_ARRAY_LIMIT} values ({@link #beyondArrayLimit}).
 *   <li>Window functions ({@link #ranked}): any group size, but H2 takes seconds per million rows.
 * </ul>
 * One overall figure needs no ranking of groups: {@link #overall} counts, then fetches two positions.
 */
final class Percentiles {

  record Spread(Long median, Long p90) {
    static final Spread NONE = new Spread(null, null);
  }

  static final double MEDIAN = 0.5;
  static final double P90 = 0.9;
  static final int H2_ARRAY_LIMIT = 65_536;

  private Percentiles() {}

  /** Aggregate: the group's non-null values of {@code value}, ascending; select it in an inner query. */
  static String ascending(String value) {
    return "ARRAY_AGG(" + value + " ORDER BY " + value + ") FILTER (WHERE " + value + " IS NOT NULL)";
  }

  /** The nearest-rank percentile {@code p} of an {@link #ascending} column; null when the group had no values. */
  static String at(String ascending, double p) {
    return ascending + "[CAST(CEIL(CARDINALITY(" + ascending + ") * " + p + ") AS INT)]";
  }

  /**
   * The time from {@code earlier} to {@code later} as an interval, the cheap value to sort: converting
   * every row to milliseconds with {@code EXTRACT(EPOCH ...)} costs H2 more than the rest of a report.
   */
  static String between(String earlier, String later) {
    return "(" + later + " - " + earlier + ")";
  }

  /** The nearest-rank percentile {@code p}, in milliseconds, of an {@link #ascending} column of {@link #between} intervals. */
  static String millisAt(String ascending, double p) {
    return "CAST(EXTRACT(EPOCH FROM " + at(ascending, p) + ") * 1000 AS BIGINT)";
  }

  /** A percentile column, null when the group had no values. */
  static Long millis(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** Whether the database refused an {@link #ascending} array as too long (H2, over {@value #H2_ARRAY_LIMIT} values). */
  static boolean beyondArrayLimit(DataIntegrityViolationException e) {
    return e.getMostSpecificCause() instanceof SQLException sql && "22001".equals(sql.getSQLState());
  }

  /**
   * Percentiles by window functions ({@code ROW_NUMBER()} and {@code COUNT(*) OVER}), for groups too
   * large for an array.
   *
   * @param groupColumns SQL expressions naming the group (empty for one overall figure)
   * @param value SQL expression of the milliseconds to rank
   * @param fromWhere the {@code FROM ... WHERE ...} the values come from; rows with a null value are skipped
   * @return the spread per group, keyed by the group's values joined with '|'
   */
  static Map<String, Spread> ranked(JdbcTemplate jdbc, List<String> groupColumns, String value, String fromWhere, Object... args) {
    String partition = groupColumns.isEmpty() ? "" : "PARTITION BY " + String.join(", ", groupColumns);
    List<String> selectGroups = new ArrayList<>();
    for (int i = 0; i < groupColumns.size(); i++) {
      selectGroups.add(groupColumns.get(i) + " AS G" + i);
    }
    StringBuilder outGroups = new StringBuilder();
    for (int i = 0; i < groupColumns.size(); i++) {
      outGroups.append("G").append(i).append(", ");
    }
    String sql = "SELECT " + outGroups + "RN, CNT, V FROM (SELECT "
        + String.join(", ", selectGroups) + (selectGroups.isEmpty() ? "" : ", ")
        + value + " AS V, ROW_NUMBER() OVER (" + partition + " ORDER BY " + value + ") AS RN, COUNT(*) OVER (" + partition + ") AS CNT "
        + fromWhere + " AND " + value + " IS NOT NULL) R WHERE RN = CEIL(CNT * 0.5) OR RN = CEIL(CNT * 0.9)";
    Map<String, Long[]> found = new HashMap<>();
    jdbc.query(sql, rs -> {
      StringBuilder key = new StringBuilder();
      for (int i = 1; i <= groupColumns.size(); i++) {
        key.append(i > 1 ? "|" : "").append(rs.getString(i));
      }
      long rank = rs.getLong("RN");
      long count = rs.getLong("CNT");
      long v = rs.getLong("V");
      Long[] spread = found.computeIfAbsent(key.toString(), k -> new Long[2]);
      if (rank == (long) Math.ceil(count * 0.5)) {
        spread[0] = v;
      }
      if (rank == (long) Math.ceil(count * 0.9)) {
        spread[1] = v;
      }
    }, args);
    Map<String, Spread> result = new HashMap<>();
    found.forEach((k, v) -> result.put(k, new Spread(v[0], v[1])));
    return result;
  }

  /**
   * One overall figure (no group), which can hold more values than an array: counts the values first,
   * then fetches the value at each position in ascending order.
   */
  static Spread overall(JdbcTemplate jdbc, String value, String fromWhere, Object... args) {
    long count = jdbc.queryForObject("SELECT COUNT(" + value + ")" + fromWhere, Long.class, args);
    return count == 0 ? Spread.NONE : new Spread(valueAt(jdbc, value, fromWhere, args, rank(count, MEDIAN)),
        valueAt(jdbc, value, fromWhere, args, rank(count, P90)));
  }

  /** {@code ceil(count * p)}, exactly as the database computes it for an array. */
  static long rank(long count, double p) {
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(p)).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static Long valueAt(JdbcTemplate jdbc, String value, String fromWhere, Object[] args, long rank) {
    Object[] withOffset = Arrays.copyOf(args, args.length + 1);
    withOffset[args.length] = rank - 1;
    return jdbc.queryForObject("SELECT " + value + fromWhere + " AND " + value + " IS NOT NULL ORDER BY " + value
        + " OFFSET ? ROWS FETCH NEXT 1 ROW ONLY", Long.class, withOffset);
  }

  /** Milliseconds between two timestamps for {@link #ranked}, in SQL both H2 and PostgreSQL evaluate. */
  static String millisBetween(String earlier, String later) {
    return "CAST((EXTRACT(EPOCH FROM " + later + ") - EXTRACT(EPOCH FROM " + earlier + ")) * 1000 AS BIGINT)";
  }
}
