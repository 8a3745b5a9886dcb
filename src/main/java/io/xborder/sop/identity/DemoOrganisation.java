package io.xborder.sop.identity;

import io.xborder.sop.notification.Recipients;
import io.xborder.sop.system.StartUpStep;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's staff, all with the password {@code demo}, created on the first start
 * (nobody in any role group yet). Off in the {@code prod} profile.
 */
@Component
@Order(DemoOrganisation.ORDER)
@ConditionalOnProperty(name = "xborder.demo-organisation", havingValue = "true")
class DemoOrganisation implements StartUpStep {

  static final int ORDER = OrganisationRoles.ORDER + 1;
  static final String PASSWORD = "demo";
  static final String MAIL_DOMAIN = "demo.xborder-sop.test";

  /** {@code language}: the language of the user's mails; outside agencies read English, as their tasks do. */
  record DemoUser(String id, String firstName, String lastName, Role role, String language) {
    DemoUser(String id, String firstName, String lastName, Role role) {
      this(id, firstName, lastName, role, null);
    }
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("lina", "Na", "Li", Role.OPERATIONS),
      new DemoUser("wangwei", "Wei", "Wang", Role.OPERATIONS),
      new DemoUser("zhaomin", "Min", "Zhao", Role.DESIGN),
      new DemoUser("chenjie", "Jie", "Chen", Role.COMPLIANCE),
      new DemoUser("liuyang", "Yang", "Liu", Role.FINANCE),
      new DemoUser("zhangqiang", "Qiang", "Zhang", Role.PURCHASING),
      new DemoUser("sunhao", "Hao", "Sun", Role.SUPERVISORS),
      new DemoUser("zhoujing", "Jing", "Zhou", Role.MANAGERS),
      new DemoUser("analyst", "Process", "Analyst", Role.ANALYSTS),
      new DemoUser("photo-agency", "Photo", "Agency", Role.AGENCY_PHOTO, "en"),
      new DemoUser("tiktok-creator", "TikTok", "Creator", Role.AGENCY_CREATOR, "en"),
      new DemoUser("compliance-agent", "Compliance", "Agent", Role.AGENCY_COMPLIANCE, "en"),
      new DemoUser("erp-integration", "ERP", "Integration", Role.INTEGRATIONS));

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    boolean staffExists = Arrays.stream(Role.values())
        .anyMatch(role -> identity.createUserQuery().memberOfGroup(role.groupId()).count() > 0);
    if (staffExists) {
      return;
    }
    for (DemoUser demo : USERS) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@" + MAIL_DOMAIN);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(demo.id(), demo.role().groupId());
      if (demo.language() != null) {
        identity.setUserInfo(demo.id(), Recipients.LANGUAGE, demo.language());
      }
    }
    log.info("Created the demo organisation: {} users, password '{}'", USERS.size(), PASSWORD);
  }
}
