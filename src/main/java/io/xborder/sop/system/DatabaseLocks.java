package io.xborder.sop.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Locks that serialise the nodes of a cluster through their shared PostgreSQL database (advisory
 * locks, named by text). On H2 — one node's own file — they do nothing: there is nobody to wait for.
 */
@Component
public class DatabaseLocks {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final boolean postgres;

  DatabaseLocks(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.postgres = isPostgres(dataSource);
  }

  /** Waits for the lock, held until the calling transaction ends; call inside a transaction. */
  public void lockForTransaction(String name) {
    if (postgres) {
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:name))").param("name", name).query().singleRow();
    }
  }

  /**
   * Waits for the lock on a connection of its own and holds it until the returned handle is closed —
   * or, should the node die, until PostgreSQL sees its connection drop.
   */
  public AutoCloseable lockForSession(String name) {
    if (!postgres) {
      return () -> {};
    }
    try {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      run(connection, "SELECT pg_advisory_lock(hashtext(?))", name);
      return () -> {
        try (connection) {
          run(connection, "SELECT pg_advisory_unlock(hashtext(?))", name);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the database lock '" + name + "'", e);
    }
  }

  private static void run(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      statement.executeQuery().close();
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName()));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot tell which database the platform runs on", e);
    }
  }
}
