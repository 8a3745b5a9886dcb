package io.xborder.sop.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xborder.notifications}: where links point, who is told of escalations, how long a mail is
 * retried. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without it mails are logged.
 *
 * @param baseUrl the platform's address as recipients reach it, for the Tasklist links
 * @param from the sender of every mail
 * @param defaultLanguage {@code zh} or {@code en}, for users who have not chosen
 * @param retryIntervals the waits between attempts; when they are used up the mail becomes an incident
 * @param supervisors per candidate group, the users told when its task falls due
 * @param supervisorGroup told when a task's groups have no supervisor listed
 * @param managerGroup told at the second escalation
 * @param recentLimit how many mails {@code /notifications/recent} keeps
 */
@ConfigurationProperties("xborder.notifications")
public record NotificationSettings(
    String baseUrl,
    String from,
    String defaultLanguage,
    List<Duration> retryIntervals,
    Map<String, List<String>> supervisors,
    String supervisorGroup,
    String managerGroup,
    Integer recentLimit) {

  public NotificationSettings {
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    from = from == null ? "Xborder SOP <sop@xborder-sop.test>" : from;
    defaultLanguage = defaultLanguage == null ? "zh" : defaultLanguage;
    retryIntervals = retryIntervals == null
        ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofHours(12))
        : List.copyOf(retryIntervals);
    supervisors = supervisors == null ? Map.of() : Map.copyOf(supervisors);
    supervisorGroup = supervisorGroup == null ? "supervisors" : supervisorGroup;
    managerGroup = managerGroup == null ? "managers" : managerGroup;
    recentLimit = recentLimit == null ? 200 : recentLimit;
  }

  /** The first attempt and one per retry interval. */
  int attempts() {
    return retryIntervals.size() + 1;
  }
}
