package io.xborder.sop;

import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the shared test platform at PostgreSQL instead of the in-memory H2 when the build's
 * {@code postgresql} run sets {@value #PROPERTY}: the tests tagged {@value #POSTGRESQL_TAG} then run
 * on the platform's second database, which their SQL must answer exactly as H2 does.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String PROPERTY = "xborder.test.database";
  public static final String POSTGRESQL_TAG = "postgresql";

  /** The build's throwaway PostgreSQL server (started on first use), for tests that run platforms of their own on it. */
  public static String throwawayPostgresUrl() {
    return LocalPostgres.url();
  }

  public static String throwawayPostgresUser() {
    return LocalPostgres.user();
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (POSTGRESQL_TAG.equals(System.getProperty(PROPERTY))) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresql-test-database", Map.of(
          "spring.datasource.url", LocalPostgres.url(),
          "spring.datasource.username", LocalPostgres.user(),
          "spring.datasource.password", "")));
      // Registered before every other bean, so destroyed after them all: the engine and the pool close first.
      ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("localPostgres", LocalPostgres::stop);
    }
  }
}
