package io.xborder.sop.system;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An index the product adds to one of the engine's tables, for a query of its own that the engine's
 * indexes do not serve, or extended statistics PostgreSQL needs to plan one of the engine's queries. Declared as a
 * bean by the capability whose query needs it, created by {@link io.xborder.sop.system.engine.ProductIndexes}.
 * PostgreSQL may get a different definition (a partial index, included columns), which H2 does not know.
 *
 * @param name index name, {@code XB_IDX_...}, or statistics name, {@code XB_STAT_...}, unique in the schema
 * @param definition what follows {@code ON} on H2: table and columns, e.g. {@code ACT_HI_TASKINST (END_TIME_, DUE_DATE_)};
 *     {@code null} for statistics, which H2 has not
 * @param postgresDefinition the same for PostgreSQL; for statistics, expressions and table, e.g.
 *     {@code (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION}
 */
public record ProductIndex(String name, String definition, String postgresDefinition) {

  private static final String STATISTICS_PREFIX = "XB_STAT_";

  public ProductIndex {
    Objects.requireNonNull(name);
    Objects.requireNonNull(postgresDefinition);
    if (!name.matches("XB_(IDX|STAT)_[A-Z0-9_]+")) {
      throw new IllegalArgumentException("A product index is named XB_IDX_... (statistics XB_STAT_...), in capitals: " + name);
    }
    if (name.startsWith(STATISTICS_PREFIX) != (definition == null)) {
      throw new IllegalArgumentException("Statistics (XB_STAT_...) are PostgreSQL's only, an index has a definition for H2: " + name);
    }
  }

  /** The same index on both databases. */
  public static ProductIndex on(String name, String definition) {
    return new ProductIndex(name, definition, definition);
  }

  /**
   * Extended statistics on expressions of a table's columns, so that PostgreSQL estimates a condition on them
   * rightly (without, it guesses a fixed share of rows); {@code ANALYZE} fills them.
   */
  public static ProductIndex postgresStatistics(String name, String expressionsFromTable) {
    return new ProductIndex(name, null, expressionsFromTable);
  }

  public boolean isStatistics() {
    return name.startsWith(STATISTICS_PREFIX);
  }

  /** The statement that creates it unless it exists; none where the database has no such thing. */
  public Optional<String> createStatement(boolean postgres) {
    if (isStatistics()) {
      return postgres ? Optional.of("CREATE STATISTICS IF NOT EXISTS " + name + " ON " + postgresDefinition) : Optional.empty();
    }
    return Optional.of("CREATE INDEX IF NOT EXISTS " + name + " ON " + (postgres ? postgresDefinition : definition));
  }

  /** The table statistics are computed on: what follows the last {@code FROM}. */
  public String statisticsTable() {
    return postgresDefinition.substring(postgresDefinition.toUpperCase(Locale.ROOT).lastIndexOf(" FROM ") + 6).trim();
  }
}
