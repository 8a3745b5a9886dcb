package io.xborder.sop.reporting;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xborder.reporting.*}: which groups a supervisor oversees in the people report, and which
 * templates are batches (a batch counts as the projects it starts, see {@link ProjectScope}).
 */
@ConfigurationProperties("xborder.reporting")
record ReportingProperties(List<String> supervisedGroups, @DefaultValue("store-opening-batch") List<String> batchTemplates) {

  /** Template keys are written into the reports' SQL (see {@link ProjectScope}), so only key characters pass. */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("[A-Za-z0-9_.-]+");

  ReportingProperties {
    supervisedGroups = supervisedGroups == null ? List.of() : List.copyOf(supervisedGroups);
    batchTemplates = batchTemplates == null ? List.of() : List.copyOf(batchTemplates);
    batchTemplates.stream().filter(key -> !TEMPLATE_KEY.matcher(key).matches()).findFirst().ifPresent(key -> {
      throw new IllegalArgumentException("xborder.reporting.batch-templates: '" + key + "' is not a template key");
    });
  }
}
