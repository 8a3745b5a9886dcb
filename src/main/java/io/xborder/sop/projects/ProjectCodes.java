package io.xborder.sop.projects;

import io.xborder.sop.system.DatabaseLocks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out project numbers from a counter per code prefix in the platform's database, so a code
 * never repeats — not after its project finished, not on another node. The counter row is locked by
 * the starting transaction until it commits; a start that rolls back gives its number back.
 * Likewise a row per running code makes two starts of one code, on any nodes, wait for each other.
 */
@Component
class ProjectCodes {

  private static final String TABLE = "XB_PROJECT_CODE_COUNTER";
  private static final String CODE_LOCKS = "XB_PROJECT_CODE_LOCK";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  ProjectCodes(JdbcClient jdbc, PlatformTransactionManager transactions, DatabaseLocks locks) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Nodes starting together would both find a table missing and the second CREATE fail, IF NOT EXISTS or not.
    ownTransaction.executeWithoutResult(status -> {
      locks.lockForTransaction(TABLE);
      jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE
          + " (PREFIX_ VARCHAR(255) NOT NULL PRIMARY KEY, LAST_NUMBER_ BIGINT NOT NULL)").update();
      jdbc.sql("CREATE TABLE IF NOT EXISTS " + CODE_LOCKS + " (CODE_ VARCHAR(512) NOT NULL PRIMARY KEY)").update();
    });
  }

  /** The next unused code for a code whose {@code {number}} is still open, e.g. {@code SO-AMZ-DE-{number}}. */
  String next(String codeWithoutNumber) {
    if (!codeWithoutNumber.contains("{" + ProjectPattern.NUMBER + "}")) {
      return codeWithoutNumber; // a pattern without a counter makes one code; the template's own check refuses a second
    }
    String prefix = codeWithoutNumber.length() > 255 ? codeWithoutNumber.substring(0, 255) : codeWithoutNumber;
    ensureRow(TABLE, "PREFIX_", prefix, ", 0");
    while (true) {
      jdbc.sql("UPDATE " + TABLE + " SET LAST_NUMBER_ = LAST_NUMBER_ + 1 WHERE PREFIX_ = :prefix")
          .param("prefix", prefix).update();
      long number = jdbc.sql("SELECT LAST_NUMBER_ FROM " + TABLE + " WHERE PREFIX_ = :prefix")
          .param("prefix", prefix).query(Long.class).single();
      String code = codeWithoutNumber.replace("{" + ProjectPattern.NUMBER + "}", String.format("%04d", number));
      // A code someone gave by hand (REST, the ERP) may already carry this number.
      if (!inUse(code)) {
        return code;
      }
    }
  }

  /**
   * Makes other starts of this template under this code wait until the calling start's transaction ends;
   * then they see whether it runs. Serialised by a row lock, so on one node as on many.
   */
  void lockCode(String templateKey, String code) {
    String key = templateKey + " " + code;
    String row = key.length() > 512 ? key.substring(0, 512) : key;
    ensureRow(CODE_LOCKS, "CODE_", row, "");
    jdbc.sql("SELECT CODE_ FROM " + CODE_LOCKS + " WHERE CODE_ = :row FOR UPDATE").param("row", row)
        .query(String.class).single();
  }

  /** Whether any project, running or finished, has this code. */
  boolean inUse(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = :code")
        .param("code", code).query(Long.class).single() > 0
        || jdbc.sql("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = :code")
        .param("code", code).query(Long.class).single() > 0;
  }

  /**
   * Whether another instance of the same template runs under this code. Asked of the database, not of
   * the engine's queries, which would answer only with the projects the starting person may read.
   */
  boolean runningElsewhere(String templateKey, String code) {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_EXECUTION E JOIN ACT_RE_PROCDEF D ON D.ID_ = E.PROC_DEF_ID_"
            + " WHERE E.ID_ = E.PROC_INST_ID_ AND E.BUSINESS_KEY_ = :code AND D.KEY_ = :template")
        .param("code", code).param("template", templateKey).query(Long.class).single() > 0;
  }

  String templateKey(String processDefinitionId) {
    return jdbc.sql("SELECT KEY_ FROM ACT_RE_PROCDEF WHERE ID_ = :id").param("id", processDefinitionId)
        .query(String.class).single();
  }

  /**
   * Inserts the row keyed {@code key} unless it exists, {@code moreValues} filling the other columns. In a
   * transaction of its own, so that two first starts of a prefix or code cannot break each other's start.
   */
  private void ensureRow(String table, String keyColumn, String key, String moreValues) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO " + table + " SELECT :key" + moreValues
          + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + keyColumn + " = :key)")
          .param("key", key).update());
    } catch (DuplicateKeyException anotherStartCreatedItFirst) {
      // The row exists now, which is all this wanted.
    }
  }
}
