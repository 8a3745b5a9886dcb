package io.xborder.sop.system.engine;

import io.xborder.sop.system.ProductIndex;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the {@link ProductIndex}es (and PostgreSQL statistics) the capabilities declare, on every start, right after the engine
 * has created or updated its schema and while the nodes' start-up lock ({@link ClusterStartLock}) is
 * still held, so two nodes never build the same index at once. {@code IF NOT EXISTS} makes a start on
 * a database that has them cost nothing; the first start after an upgrade builds the new ones, which
 * on PostgreSQL blocks writes to that table while it runs (seconds per million rows).
 */
@Component
public class ProductIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ProductIndexes.class);

  private final DataSource dataSource;
  private final List<ProductIndex> indexes;

  ProductIndexes(DataSource dataSource, List<ProductIndex> indexes) {
    this.dataSource = dataSource;
    this.indexes = indexes;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    createMissing(new JdbcTemplate(dataSource), indexes);
  }

  /** Creates those of {@code indexes} the database lacks; also for benchmarks that seed an engine schema of their own. */
  public static void createMissing(JdbcTemplate jdbc, Collection<ProductIndex> indexes) {
    String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
    boolean postgres = "PostgreSQL".equals(product);
    for (ProductIndex index : indexes) {
      var statement = index.createStatement(postgres);
      if (statement.isEmpty()) {
        continue;
      }
      long started = System.nanoTime();
      // New statistics are empty until the table is analysed; autovacuum would do that only after many changes.
      boolean analyse = index.isStatistics() && jdbc.queryForObject(
          "SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = ?", Integer.class, index.name().toLowerCase(Locale.ROOT)) == 0;
      jdbc.execute(statement.get());
      if (analyse) {
        jdbc.execute("ANALYZE " + index.statisticsTable());
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (millis > 1000) {
        log.info("Index {} built in {} ms", index.name(), millis);
      }
    }
  }
}
