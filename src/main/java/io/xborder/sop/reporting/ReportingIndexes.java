package io.xborder.sop.reporting;

import io.xborder.sop.system.ProductIndex;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Indexes the reports' queries need beside the engine's own. */
@Configuration(proxyBeanMethods = false)
class ReportingIndexes {

  /**
   * "Overdue now" (count and list) reads open tasks by due date. Camunda indexes END_TIME_ alone, so
   * PostgreSQL read every open task's row (a million-task history: 1 s); the partial index holds
   * only open tasks, with the columns that place a task in its project.
   */
  static final ProductIndex OPEN_TASKS_BY_DUE_DATE = new ProductIndex("XB_IDX_HI_TASK_OPEN_DUE",
      "ACT_HI_TASKINST (END_TIME_, DUE_DATE_)",
      "ACT_HI_TASKINST (DUE_DATE_) INCLUDE (ROOT_PROC_INST_ID_, PROC_INST_ID_, PROC_DEF_KEY_) WHERE END_TIME_ IS NULL");

  static final List<ProductIndex> ALL = List.of(OPEN_TASKS_BY_DUE_DATE);

  @Bean
  ProductIndex openTasksByDueDate() {
    return OPEN_TASKS_BY_DUE_DATE;
  }
}
