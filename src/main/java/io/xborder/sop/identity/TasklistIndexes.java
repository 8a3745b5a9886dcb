package io.xborder.sop.identity;

import io.xborder.sop.system.ProductIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the databases need to answer Tasklist's filters over many open tasks with authorization on. */
@Configuration(proxyBeanMethods = false)
class TasklistIndexes {

  /**
   * The engine's authorization check on task queries keeps the grants with {@code PERMS_ & 2 = 2} (READ on a
   * task) or {@code PERMS_ & 64 = 64} (READ_TASK on a definition): one grant per open task, as the engine gives
   * the candidate group one when it offers the task. Without statistics on these expressions PostgreSQL guesses
   * a few hundred rows and joins the tasks against them in a nested loop without an index: a count over 100,000
   * tasks ran for minutes. With them it probes the authorization index per task (README: Tasklist at scale).
   */
  static final ProductIndex AUTHORIZATION_PERMISSIONS = ProductIndex.postgresStatistics("XB_STAT_AUTH_PERMS",
      "(PERMS_ & 2), (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION");

  @Bean
  ProductIndex authorizationPermissionStatistics() {
    return AUTHORIZATION_PERMISSIONS;
  }
}
