package io.xborder.sop.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class PostgresSessionSettingsTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyPostgresConnectionPlansWithTheQueryValuesAndWithoutJitAndH2IsSentNoneOfIt() throws Exception {
    String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
    if (!product.equals("PostgreSQL")) {
      // The settings are PostgreSQL's: H2 would refuse them and the pool would give no connection at all.
      assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
      return;
    }
    // Several connections at once, so that more than the one the pool hands out first is looked at.
    Callable<String> settings = () -> jdbc.execute((ConnectionCallback<String>) connection -> {
      try (var statement = connection.createStatement();
          var result = statement.executeQuery("SELECT current_setting('jit') || ' ' || current_setting('plan_cache_mode') || ' ' || pg_backend_pid() FROM pg_sleep(0.2)")) {
        result.next();
        return result.getString(1);
      }
    });
    Set<String> seen = new HashSet<>();
    var threads = Executors.newFixedThreadPool(3);
    try {
      for (var answer : threads.invokeAll(List.of(settings, settings, settings))) {
        seen.add(answer.get());
      }
    } finally {
      threads.shutdown();
    }
    assertThat(seen).hasSize(3).allSatisfy(setting -> assertThat(setting).startsWith("off force_custom_plan "));
  }
}
