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
final class IsolatedPlatform {

  private IsolatedPlatform() {}

  static ConfigurableApplicationContext start(String engineName, String jdbcUrl, String profile, String... settings) {
    List<String> args = new ArrayList<>(List.of(
        "--camunda.bpm.process-engine-name=" + engineName,
        "--spring.datasource.url=" + jdbcUrl,
        "--camunda.bpm.job-execution.enabled=false",
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
