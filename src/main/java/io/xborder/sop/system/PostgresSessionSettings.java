package io.xborder.sop.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every PostgreSQL connection of the platform starts with these settings, whatever URL the operator gives, unless
 * {@code spring.datasource.hikari.connection-init-sql} says otherwise. Both keep the engine's task query with
 * authorization on (Tasklist's lists) from running for minutes over 100,000 tasks (README: Tasklist at scale):
 * <ul>
 *   <li>{@code plan_cache_mode = force_custom_plan}: the JDBC driver prepares a statement on the server from its
 *   fifth use, and PostgreSQL then plans it once for any parameters. That generic plan cannot know how many
 *   grants {@code PERMS_ & ? = ?} keeps, guesses 7 instead of 100,000 and loops over all of them per task.
 *   Planned with the values, as the first four uses are, the query uses the authorization index.</li>
 *   <li>{@code jit = off}: the planner rates that query expensive enough for JIT compilation, which took 1.5 to 4 s
 *   per request, more than the query ran.</li>
 * </ul>
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

  static final String SESSION_START = "SET plan_cache_mode = force_custom_plan; SET jit = off";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(SESSION_START);
    }
    return bean;
  }
}
