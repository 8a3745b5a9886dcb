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
 * Two starts of one code, on one node or several, take turns on a database lock named after the code.
 */
@Component
public class ProjectCodes {

  private static final String TABLE = "XB_PROJECT_CODE_COUNTER";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final DatabaseLocks locks;

  ProjectCodes(JdbcClient jdbc, PlatformTransactionManager transactions, DatabaseLocks locks) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Nodes starting together would both find the table missing and the second CREATE fail, IF NOT EXISTS or not.
    ownTransaction.executeWithoutResult(status -> {
      locks.lockForTransaction(TABLE);
      jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE
          + " (PREFIX_ VARCHAR(255) NOT NULL PRIMARY KEY, LAST_NUMBER_ BIGINT NOT NULL)").update();
    });
  }

  /**
   * Makes other starts of this template under this code wait until the calling start's transaction ends;
   * then they see whether it runs. No second connection: starts at once must not wait for the pool.
   */
  void lockCode(String templateKey, String code) {
    locks.lockForTransaction("project-code " + templateKey + " " + code);
  }

  /** The next unused code for a code whose {@code {number}} is still open, e.g. {@code SO-AMZ-DE-{number}}. */
  String next(String codeWithoutNumber) {
    if (!codeWithoutNumber.contains("{" + ProjectPattern.NUMBER + "}")) {
      return codeWithoutNumber; // a pattern without a counter makes one code; the template's own check refuses a second
    }
    String prefix = codeWithoutNumber.length() > 255 ? codeWithoutNumber.substring(0, 255) : codeWithoutNumber;
    while (true) {
      // The row is made in a transaction of its own only the first time: that needs a second connection,
      // and starts at once, each holding one, must not all wait for the pool.
      if (jdbc.sql("UPDATE " + TABLE + " SET LAST_NUMBER_ = LAST_NUMBER_ + 1 WHERE PREFIX_ = :prefix")
          .param("prefix", prefix).update() == 0) {
        ensureCounter(prefix);
        continue;
      }
      long number = jdbc.sql("SELECT LAST_NUMBER_ FROM " + TABLE + " WHERE PREFIX_ = :prefix")
          .param("prefix", prefix).query(Long.class).single();
      String code = codeWithoutNumber.replace("{" + ProjectPattern.NUMBER + "}", String.format("%04d", number));
      // A code someone gave by hand (REST, the ERP) may already carry this number.
      if (!inUse(code)) {
        return code;
      }
    }
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

  /** In a transaction of its own, so that two first starts of a prefix cannot break each other's start. */
  private void ensureCounter(String prefix) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO " + TABLE + " (PREFIX_, LAST_NUMBER_)"
          + " SELECT :prefix, 0 WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + " WHERE PREFIX_ = :prefix)")
          .param("prefix", prefix).update());
    } catch (DuplicateKeyException anotherStartCreatedItFirst) {
      // The row exists now, which is all this wanted.
    }
  }
}
