package io.xborder.sop.reporting;

import java.sql.Connection;
import java.sql.Types;
import java.util.Arrays;
import org.h2.api.AggregateFunction;

/**
 * H2 aggregate (one instance per group) registered by {@link ReportingDialect}: the group's median
 * and 90th percentile by nearest rank, as a two-element array; null for a group without values.
 */
public final class H2MedianAndP90 implements AggregateFunction {

  private long[] values = new long[64];
  private int count;

  @Override
  public void init(Connection connection) {}

  @Override
  public int getType(int[] inputTypes) {
    return Types.ARRAY;
  }

  @Override
  public void add(Object value) {
    if (value == null) {
      return;
    }
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = ((Number) value).longValue();
  }

  @Override
  public Object getResult() {
    if (count == 0) {
      return null;
    }
    Arrays.sort(values, 0, count);
    // ceil(n * 0.5) and ceil(n * 0.9) in integers, 1-based.
    return new Long[] {values[(count + 1) / 2 - 1], values[(9 * count + 9) / 10 - 1]};
  }
}
