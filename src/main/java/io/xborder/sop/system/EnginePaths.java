package io.xborder.sop.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the engine's REST API and Camunda's web apps are mounted, read once for every filter that
 * guards them. The keys are Spring's and Camunda's own; the defaults are theirs.
 */
@Component
public class EnginePaths {

  private final String rest;
  private final String webApps;

  EnginePaths(@Value("${spring.jersey.application-path:/engine-rest}") String rest,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webApps) {
    this.rest = rest;
    this.webApps = webApps;
  }

  /** The engine's REST API, {@code /engine-rest}. */
  public String rest() {
    return rest;
  }

  /** Camunda's web apps (Tasklist, Cockpit, Admin and their APIs), {@code /camunda}. */
  public String webApps() {
    return webApps;
  }
}
