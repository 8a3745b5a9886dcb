package io.xborder.sop.reporting;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Puts the reports where managers already are: Cockpit loads
 * {@code plugin-webapp/xborder-reporting/app/plugin.js}, which adds the health summary and overdue
 * list to the dashboard and a step-by-step SLA tab to each process definition. The numbers come
 * from {@code /reports}, which accepts the Cockpit login.
 */
public class ReportingCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "xborder-reporting";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ReportingCockpitPluginRootResource.class);
  }
}
