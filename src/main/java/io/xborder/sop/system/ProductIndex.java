package io.xborder.sop.system;

import java.util.Objects;

/**
 * An index the product adds to one of the engine's tables, for a query of its own that the engine's
 * indexes do not serve. Declared as a bean by the capability whose query needs it, created by
 * {@link ProductIndexes}. PostgreSQL may get a different definition (a partial index, included
 * columns), which H2 does not know.
 *
 * @param name index name, {@code XB_IDX_...}, unique in the schema
 * @param definition what follows {@code ON}: table and columns, e.g. {@code ACT_HI_TASKINST (END_TIME_, DUE_DATE_)}
 * @param postgresDefinition the same for PostgreSQL
 */
public record ProductIndex(String name, String definition, String postgresDefinition) {

  public ProductIndex {
    Objects.requireNonNull(name);
    Objects.requireNonNull(definition);
    Objects.requireNonNull(postgresDefinition);
    if (!name.matches("XB_IDX_[A-Z0-9_]+")) {
      throw new IllegalArgumentException("A product index is named XB_IDX_..., in capitals: " + name);
    }
  }

  /** The same index on both databases. */
  public static ProductIndex on(String name, String definition) {
    return new ProductIndex(name, definition, definition);
  }

  String createStatement(boolean postgres) {
    return "CREATE INDEX IF NOT EXISTS " + name + " ON " + (postgres ? postgresDefinition : definition);
  }
}
