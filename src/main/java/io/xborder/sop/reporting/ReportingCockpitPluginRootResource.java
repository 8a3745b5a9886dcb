package io.xborder.sop.reporting;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the plugin's {@code app/plugin.js} to Cockpit; the data itself comes from {@code /reports}. */
@Path("plugin/" + ReportingCockpitPlugin.ID)
public class ReportingCockpitPluginRootResource extends AbstractCockpitPluginRootResource {

  public ReportingCockpitPluginRootResource() {
    super(ReportingCockpitPlugin.ID);
  }
}
