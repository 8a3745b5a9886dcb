package io.xborder.sop.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Locks named by text that serialise the nodes of a cluster through their shared PostgreSQL database
 * (advisory locks). H2 is one node's own database: there a transaction's lock is one of this JVM, and
 * the session lock, which only keeps other nodes out, does nothing.
 */
@Component
public class DatabaseLocks {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final boolean postgres;
  private final Map<String, NamedLock> inThisJvm = new HashMap<>();

  DatabaseLocks(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.postgres = isPostgres(dataSource);
  }

  /** Waits for the lock, held until the calling transaction ends; call inside a transaction. */
  public void lockForTransaction(String name) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("The lock '" + name + "' is held until a transaction ends, but none runs");
    }
    if (postgres) {
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:name))").param("name", name).query().singleRow();
      return;
    }
    NamedLock lock;
    synchronized (inThisJvm) {
      lock = inThisJvm.computeIfAbsent(name, key -> new NamedLock());
      lock.users++;
    }
    lock.lock.lock();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        lock.lock.unlock();
        synchronized (inThisJvm) {
          if (--lock.users == 0) {
            inThisJvm.remove(name);
          }
        }
      }
    });
  }

  /** A transaction's lock on H2, with the number of transactions holding or waiting for it. */
  private static final class NamedLock {
    final ReentrantLock lock = new ReentrantLock();
    int users;
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
