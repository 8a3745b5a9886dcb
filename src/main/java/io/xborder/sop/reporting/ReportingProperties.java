package io.xborder.sop.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xborder.reporting.*}: which groups a supervisor oversees in the people report, and how
 * long each template's history is kept (days) before history cleanup removes it.
 */
@ConfigurationProperties("xborder.reporting")
record ReportingProperties(List<String> supervisedGroups, Integer defaultHistoryTimeToLiveDays,
    Map<String, Integer> historyTimeToLiveDays) {

  ReportingProperties {
    supervisedGroups = supervisedGroups == null ? List.of() : List.copyOf(supervisedGroups);
    defaultHistoryTimeToLiveDays = defaultHistoryTimeToLiveDays == null ? 3 * 365 : defaultHistoryTimeToLiveDays;
    historyTimeToLiveDays = historyTimeToLiveDays == null ? Map.of() : Map.copyOf(historyTimeToLiveDays);
  }

  int timeToLiveDays(String processKey) {
    return historyTimeToLiveDays.getOrDefault(processKey, defaultHistoryTimeToLiveDays);
  }
}
