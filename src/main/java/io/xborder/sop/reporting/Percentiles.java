package io.xborder.sop.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Median and 90th percentile per group, computed in the database with the nearest-rank method:
 * the value at row {@code ceil(n * p)} in ascending order. {@code PERCENTILE_CONT} is PostgreSQL-only,
 * so this uses {@code ROW_NUMBER()} and {@code COUNT(*) OVER}, which H2 and PostgreSQL both run;
 * the database returns two rows per group, never the underlying history.
 */
final class Percentiles {

  record Spread(Long median, Long p90) {
    static final Spread NONE = new Spread(null, null);
  }

  private Percentiles() {}

  /**
   * @param groupColumns SQL expressions naming the group (empty for one overall figure)
   * @param value SQL expression of the milliseconds to rank
   * @param fromWhere the {@code FROM ... WHERE ...} the values come from; rows with a null value are skipped
   * @return the spread per group, keyed by the group's values joined with '|'
   */
  static Map<String, Spread> of(JdbcTemplate jdbc, List<String> groupColumns, String value, String fromWhere, Object... args) {
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

  /** Milliseconds between two timestamps, in SQL both H2 and PostgreSQL evaluate. */
  static String millisBetween(String earlier, String later) {
    return "CAST((EXTRACT(EPOCH FROM " + later + ") - EXTRACT(EPOCH FROM " + earlier + ")) * 1000 AS BIGINT)";
  }
}
