package io.xborder.sop.reporting;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code xborder.retention.*}: how long a template's history is kept, in days like Camunda's
 * {@code historyTimeToLive} ({@code P1095D}): {@code default} for every template (three years, the
 * audit need) and {@code templates.<process or decision key>} where one needs another.
 */
@ConfigurationProperties("xborder.retention")
public record RetentionProperties(@Name("default") @DefaultValue("P1095D") String defaultTimeToLive,
    @DefaultValue Map<String, String> templates) {

  private static final Pattern DAYS = Pattern.compile("P(\\d{1,6})D");

  public RetentionProperties {
    days("xborder.retention.default", defaultTimeToLive);
    templates.forEach((key, value) -> days("xborder.retention.templates." + key, value));
    templates = Map.copyOf(templates);
  }

  /** The days to keep the history of the template with this key. */
  public int daysFor(String key) {
    String value = templates.get(key);
    return value == null ? days("xborder.retention.default", defaultTimeToLive) : days("xborder.retention.templates." + key, value);
  }

  private static int days(String setting, String value) {
    Matcher days = DAYS.matcher(value == null ? "" : value.trim());
    if (!days.matches()) {
      throw new IllegalArgumentException(setting + ": '" + value + "' is not a number of days like P1095D (three years)");
    }
    return Integer.parseInt(days.group(1));
  }
}
