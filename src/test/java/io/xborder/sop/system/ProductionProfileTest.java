package io.xborder.sop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.identity.Role;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class ProductionProfileTest {

  @Test
  void prodWithoutAnAdminPasswordRefusesToStartNamingTheSetting() {
    assertThatThrownBy(() -> IsolatedPlatform.start("prodnopassword", "jdbc:h2:mem:prod-no-password", "prod"))
        .isInstanceOf(ProductionSettingsCheck.MissingProductionSettingException.class)
        .hasMessageContaining("XBORDER_ADMIN_PASSWORD");
  }

  @Test
  void prodRefusesTheDemoPassword() {
    assertThatThrownBy(() -> IsolatedPlatform.start("proddemopassword", "jdbc:h2:mem:prod-demo-password", "prod",
        "camunda.bpm.admin-user.password=demo"))
        .isInstanceOf(ProductionSettingsCheck.MissingProductionSettingException.class)
        .hasMessageContaining("XBORDER_ADMIN_PASSWORD");
  }

  @Test
  void prodCreatesTheRolesAndTheAdministratorButNoDemoStaff() {
    try (ConfigurableApplicationContext prod = IsolatedPlatform.start("prodcheck", "jdbc:h2:mem:prod-check", "prod",
        "camunda.bpm.admin-user.password=a-secret-from-the-environment")) {
      IdentityService identity = prod.getBean(ProcessEngine.class).getIdentityService();

      assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("admin");
      assertThat(identity.checkPassword("admin", "a-secret-from-the-environment")).isTrue();
      assertThat(identity.createGroupQuery().list()).extracting(group -> group.getId())
          .containsAll(Arrays.stream(Role.values()).map(Role::groupId).toList());
    }
  }
}
