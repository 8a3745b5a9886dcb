package io.xborder.sop.reporting;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the reports count as one project, as SQL over Camunda's history tables.
 * <ul>
 *   <li>A project is an instance that people or events start (no calling instance), except a batch
 *       ({@code xborder.reporting.batch-templates}): a batch counts as its stores, the instances it
 *       calls, each under a code of its own ({@code BATCH-1}, {@code BATCH-2}, ...).
 *   <li>Called processes (KYC, sign-off) run under their project's code as business key, so their
 *       tasks and variables count in the project with that code: its template, its steps, its delay.
 *       A batch's own steps count under the batch template.
 * </ul>
 * Work of a top-level instance is recognised without a lookup ({@code ROOT_PROC_INST_ID_} is its own
 * instance, or empty in history written before Camunda 7.10), which keeps reports over a million tasks fast.
 */
@Component
@EnableConfigurationProperties(ReportingProperties.class)
class ProjectScope {

  private final JdbcClient jdbc;
  private final String batchTemplates;

  ProjectScope(ReportingProperties properties, JdbcClient jdbc) {
    this.jdbc = jdbc;
    List<String> keys = properties.batchTemplates();
    // Written into the SQL, not bound: the same fragment appears in a query's SELECT and its GROUP BY, which
    // must be the same expression, and bound parameters would make them differ. The keys come from the
    // configuration, never from a request, and are checked to be plain template keys ('' stands for "none",
    // since SQL has no empty list).
    batchTemplates = keys.isEmpty() ? "''" : keys.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "));
  }

  /** A template the reports know: history outlives a deleted definition, so either may still name it. */
  boolean isTemplate(String key) {
    return jdbc.sql("SELECT (SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = :key)"
        + " + (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = :key)")
        .param("key", key).query(Integer.class).single() > 0;
  }

  /** Condition: the instance {@code p} (an {@code ACT_HI_PROCINST} alias) is a project. */
  String isProject(String p) {
    return "((" + p + ".SUPER_PROCESS_INSTANCE_ID_ IS NULL AND " + p + ".PROC_DEF_KEY_ NOT IN (" + batchTemplates + "))"
        + " OR " + p + ".SUPER_PROCESS_INSTANCE_ID_ IN (SELECT XB_BATCH.ID_ FROM ACT_HI_PROCINST XB_BATCH"
        + " WHERE XB_BATCH.PROC_DEF_KEY_ IN (" + batchTemplates + ")))";
  }

  /** The template of the project the row {@code a} (a task or variable alias) serves. */
  String templateOf(String a) {
    return ofProject(a, "PROC_DEF_KEY_", "PROC_DEF_KEY_");
  }

  /** The process-instance id of the project the row {@code a} (a task or variable alias) serves. */
  String projectOf(String a) {
    return ofProject(a, "PROC_INST_ID_", "ID_");
  }

  private String ofProject(String a, String ownColumn, String projectColumn) {
    // Under a top-level project the root instance is the project: one primary-key lookup. Under a batch the
    // project is the batch's store with the row's business key.
    return "CASE WHEN " + a + ".ROOT_PROC_INST_ID_ IS NULL OR " + a + ".ROOT_PROC_INST_ID_ = " + a + ".PROC_INST_ID_ THEN "
        + a + "." + ownColumn + " ELSE COALESCE((SELECT XB_ROOT." + projectColumn + " FROM ACT_HI_PROCINST XB_ROOT"
        + " WHERE XB_ROOT.ID_ = " + a + ".ROOT_PROC_INST_ID_ AND XB_ROOT.PROC_DEF_KEY_ NOT IN (" + batchTemplates + ")),"
        + " (SELECT MIN(XB_PROJECT." + projectColumn + ") FROM ACT_HI_PROCINST XB_OWN"
        + " JOIN ACT_HI_PROCINST XB_PROJECT ON XB_PROJECT.BUSINESS_KEY_ = XB_OWN.BUSINESS_KEY_"
        + " WHERE XB_OWN.ID_ = " + a + ".PROC_INST_ID_ AND " + isProject("XB_PROJECT") + "), " + a + "." + ownColumn + ") END";
  }
}
