package io.xborder.sop.system;

import io.xborder.sop.XborderSopApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform started on its own engine, database and port, beside the shared test context, for
 * tests about start-up itself (restarts, profiles).
 */
public final class IsolatedPlatform {

  private IsolatedPlatform() {}

  /**
   * The engine name must differ from the shared context's "default" and contain no hyphen (the
   * starter ignores such names): closing an engine unregisters its name for the whole JVM.
   */
  public static ConfigurableApplicationContext start(String engineName, String jdbcUrl, String profile, String... settings) {
    if (engineName.contains("-") || engineName.equals("default")) {
      throw new IllegalArgumentException("Engine name '" + engineName + "' would replace the shared test engine");
    }
    List<String> args = new ArrayList<>(List.of(
        "--camunda.bpm.process-engine-name=" + engineName,
        "--spring.datasource.url=" + jdbcUrl,
        "--camunda.bpm.job-execution.enabled=false",
        // Cockpit, Tasklist and Admin keep their plugin registries in static fields, which closing a second
        // set of them empties for the shared context too: its browser tests would then get HTTP 500.
        "--camunda.bpm.webapp.enabled=false",
        "--server.port=0"));
    for (String setting : settings) {
      args.add("--" + setting);
    }
    SpringApplicationBuilder builder = new SpringApplicationBuilder(XborderSopApplication.class);
    if (profile != null) {
      builder.profiles(profile);
    }
    return builder.run(args.toArray(String[]::new));
  }
}
