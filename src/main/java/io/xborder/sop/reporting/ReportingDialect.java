package io.xborder.sop.reporting;

import java.sql.Array;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL the reports need that H2 and PostgreSQL spell differently, so that both answer the same:
 * <ul>
 *   <li>Median and 90th percentile by the nearest-rank method (the value at position
 *       {@code ceil(n * p)} of a group's non-null values in ascending order), as one aggregate in
 *       the same pass as the group's counts. H2 runs {@link H2MedianAndP90}, a Java aggregate that
 *       sorts primitives (its own {@code ARRAY_AGG ... ORDER BY} sorts boxed values three times
 *       slower and refuses more than 65,536 of them); PostgreSQL runs {@code PERCENTILE_DISC}
 *       with the fraction nudged so that its double arithmetic gives the same positions.
 *   <li>Milliseconds between two timestamps.
 *   <li>H2 only: reading the whole task table instead of its end-time index when the period covers
 *       much of the history. H2 cannot estimate a range of bound parameters and always takes the
 *       index, which costs three times a plain scan per row.
 *   <li>PostgreSQL only: no JIT compilation for a report's statements ({@link #inOneReadOnlyTransaction}).
 * </ul>
 */
@Component
class ReportingDialect {

  static final String H2_MEDIAN_AND_P90 = "XB_MEDIAN_AND_P90";

  /** The index pays off below this share of the history's completions; measured at about a third on H2. */
  private static final double INDEX_WORTHWHILE_SHARE = 0.3;

  record Spread(Long median, Long p90) {
    static final Spread NONE = new Spread(null, null);
  }

  private final JdbcClient jdbc;
  private final boolean h2;
  private final TransactionTemplate readOnly;

  ReportingDialect(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) throws MetaDataAccessException {
    this.jdbc = jdbc;
    readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    h2 = "H2".equals(product);
    if (h2) {
      // Replaced on every start: a database file keeps the definition of an older version.
      jdbc.sql("DROP AGGREGATE IF EXISTS " + H2_MEDIAN_AND_P90).update();
      jdbc.sql("CREATE AGGREGATE " + H2_MEDIAN_AND_P90 + " FOR \"" + H2MedianAndP90.class.getName() + "\"").update();
    } else if (!"PostgreSQL".equals(product)) {
      throw new IllegalStateException("The reports run on H2 or PostgreSQL, not on " + product);
    } else {
      readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }
  }

  /**
   * Runs a report's statements in one read-only transaction. On PostgreSQL it is repeatable read, so
   * that the numbers all come from one moment of the history; H2 reads committed work (its repeatable
   * read made the million-task benchmark 60% slower). On PostgreSQL, for that transaction only, no
   * JIT: the project look-ups ({@link ProjectScope}) make the planner's cost estimates huge, and it then
   * spent about a second compiling each statement, most of which run in a fraction of that.
   */
  <T> T inOneReadOnlyTransaction(Supplier<T> report) {
    return readOnly.execute(status -> {
      if (!h2) {
        jdbc.sql("SET LOCAL jit = off").update();
      }
      return report.get();
    });
  }

  /** Aggregate of {@code millis} (a BIGINT expression): an array of its median and p90, read with {@link #spread}. */
  String medianAndP90(String millis) {
    if (h2) {
      return H2_MEDIAN_AND_P90 + "(" + millis + ")";
    }
    return "ARRAY[" + nearestRank(0.5, millis) + ", " + nearestRank(0.9, millis) + "]";
  }

  /**
   * PostgreSQL's {@code PERCENTILE_DISC} takes the value at position {@code ceil(n * fraction)}, computed in
   * doubles: {@code 0.9 * 110} is 99.00000000000001 there and gives position 100. One part in 10^12 less
   * brings every product that should be a whole number back to it and moves no other position in groups
   * below 10^11 values. It sorts each group once, where the ordered {@code ARRAY_AGG} before cost the
   * million-task report 0.25 s more.
   */
  private static String nearestRank(double fraction, String millis) {
    return "PERCENTILE_DISC(" + fraction + " - 1e-12) WITHIN GROUP (ORDER BY " + millis + ")";
  }

  /** Milliseconds from {@code earlier} to {@code later}, as BIGINT; null when either is null. */
  String millisBetween(String earlier, String later) {
    return h2 ? "DATEDIFF('MILLISECOND', " + earlier + ", " + later + ")"
        : "CAST(EXTRACT(EPOCH FROM (" + later + " - " + earlier + ")) * 1000 AS BIGINT)";
  }

  /** {@code ACT_HI_TASKINST} as {@code alias} for a query of the tasks that ended from {@code start} to {@code end}, read the cheaper way. */
  String tasksEndedBetween(String alias, Timestamp start, Timestamp end) {
    String table = "ACT_HI_TASKINST " + alias;
    if (!h2) {
      return table;
    }
    // MIN and MAX of an indexed column are two index lookups in H2.
    Timestamp[] history = jdbc.sql("SELECT MIN(END_TIME_), MAX(END_TIME_) FROM ACT_HI_TASKINST")
        .query((rs, i) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}).single();
    if (history[0] == null) {
      return table;
    }
    long span = Math.max(1, history[1].getTime() - history[0].getTime());
    long covered = Math.min(end.getTime(), history[1].getTime()) - Math.max(start.getTime(), history[0].getTime());
    return covered > INDEX_WORTHWHILE_SHARE * span ? table + " USE INDEX ()" : table;
  }

  /** The {@link #medianAndP90} column; {@link Spread#NONE} when the group had no values. */
  static Spread spread(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return Spread.NONE;
    }
    Object[] values = (Object[]) array.getArray();
    return new Spread(millis(values[0]), millis(values[1]));
  }

  private static Long millis(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
