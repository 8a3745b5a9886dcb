package io.xborder.sop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist shows a task's candidate group by its name: staff read Chinese, agencies English. */
@PlatformTest
class GroupNamesTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  OrganisationRoles organisationRoles;

  @Test
  void staffGroupsReadChineseFirstAndAgencyGroupsEnglish() {
    IdentityService identity = engine.getIdentityService();

    assertThat(identity.createGroupQuery().groupId("compliance").singleResult().getName()).isEqualTo("法务合规 Legal and compliance");
    assertThat(identity.createGroupQuery().groupId("supervisors").singleResult().getName())
        .isEqualTo("主管（一级审批） Supervisors (first-level sign-off)");
    assertThat(identity.createGroupQuery().groupId("agency-photo").singleResult().getName())
        .isEqualTo("Photo agency (outside guest)");
  }

  @Test
  void aGroupStillNamedInEnglishAsFirstCreatedIsRenamedAtStartWhileANameAnAdministratorChoseStands() {
    IdentityService identity = engine.getIdentityService();
    Group operations = identity.createGroupQuery().groupId("operations").singleResult();
    Group design = identity.createGroupQuery().groupId("design").singleResult();
    operations.setName("Operations");
    identity.saveGroup(operations);
    design.setName("Design studio Shenzhen");
    identity.saveGroup(design);
    try {
      organisationRoles.postProcessEngineBuild(engine);

      assertThat(identity.createGroupQuery().groupId("operations").singleResult().getName()).isEqualTo("运营 Operations");
      assertThat(identity.createGroupQuery().groupId("design").singleResult().getName()).isEqualTo("Design studio Shenzhen");
    } finally {
      Group restored = identity.createGroupQuery().groupId("design").singleResult();
      restored.setName(Role.DESIGN.groupName());
      identity.saveGroup(restored);
    }
  }
}
