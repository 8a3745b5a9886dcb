package io.xborder.sop.system;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a {@code prod} start before anything is created when the administrator's password does
 * not come from the environment: production must never run with the demo organisation's password.
 * Runs after the configuration files are read, so it sees the profile's own settings.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final String ADMIN_PASSWORD_VARIABLE = "XBORDER_ADMIN_PASSWORD";
  private static final String DEMO_PASSWORD = "demo";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()) {
      throw new MissingProductionSettingException("The prod profile needs the administrator's password from the environment: set "
          + ADMIN_PASSWORD_VARIABLE + " (it becomes camunda.bpm.admin-user.password).");
    }
    if (DEMO_PASSWORD.equals(password)) {
      throw new MissingProductionSettingException("The prod profile refuses the demo password for the administrator: set "
          + ADMIN_PASSWORD_VARIABLE + " to a password of your own.");
    }
  }

  /** A start-up refusal that names the setting to fix. */
  public static class MissingProductionSettingException extends IllegalStateException {
    MissingProductionSettingException(String message) {
      super(message);
    }
  }
}
