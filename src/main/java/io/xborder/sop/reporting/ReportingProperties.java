package io.xborder.sop.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code xborder.reporting.*}: which groups a supervisor oversees in the people report. */
@ConfigurationProperties("xborder.reporting")
record ReportingProperties(List<String> supervisedGroups) {

  ReportingProperties {
    supervisedGroups = supervisedGroups == null ? List.of() : List.copyOf(supervisedGroups);
  }
}
