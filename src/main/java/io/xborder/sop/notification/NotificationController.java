package io.xborder.sop.notification;

import io.xborder.sop.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What was mailed lately (everyone's for administrators and managers, one's own otherwise) and each
 * user's mail settings: language and time zone. Needs a login ({@code system.ProductAuthentication}); refusals
 * answer as problem details ({@code system.ProblemAnswers}).
 */
@RestController
@RequestMapping("/notifications")
class NotificationController {

  private final RecentNotifications recent;
  private final IdentityService identity;
  private final NotificationSettings settings;
  private final Recipients recipients;

  NotificationController(RecentNotifications recent, IdentityService identity, NotificationSettings settings,
      Recipients recipients) {
    this.recent = recent;
    this.identity = identity;
    this.settings = settings;
    this.recipients = recipients;
  }

  @GetMapping("/recent")
  List<RecentNotifications.Entry> recent(HttpServletRequest request) {
    boolean everyone = request.isUserInRole(Groups.CAMUNDA_ADMIN) || request.isUserInRole(Role.MANAGERS.groupId());
    return recent.list(everyone ? null : request.getRemoteUser());
  }

  record MailSettings(String language, String timeZone) {}

  @GetMapping("/settings")
  MailSettings settings(HttpServletRequest request) {
    String userId = request.getRemoteUser();
    return new MailSettings(
        Optional.ofNullable(identity.getUserInfo(userId, Recipients.LANGUAGE)).orElse(settings.defaultLanguage()),
        Optional.ofNullable(identity.getUserInfo(userId, Recipients.TIME_ZONE)).orElse(recipients.teamZone().getId()));
  }

  /** Either or both; an unknown language or time zone is refused and nothing is changed. */
  @PutMapping("/settings")
  MailSettings change(HttpServletRequest request, @RequestBody(required = false) Map<String, String> change) {
    if (change == null || (change.get("language") == null && change.get("timeZone") == null)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send 'language' (zh or en) and/or 'timeZone' (e.g. Asia/Shanghai)");
    }
    String language = change.get("language");
    if (language != null && !Recipients.LANGUAGES.contains(language)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "language must be one of " + Recipients.LANGUAGES + ", not '" + language + "'");
    }
    String timeZone = change.get("timeZone");
    if (timeZone != null) {
      try {
        ZoneId.of(timeZone);
      } catch (DateTimeException unknown) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "timeZone must be a time zone id such as Asia/Shanghai or America/Los_Angeles, not '" + timeZone + "'");
      }
    }
    String userId = request.getRemoteUser();
    if (language != null) {
      identity.setUserInfo(userId, Recipients.LANGUAGE, language);
    }
    if (timeZone != null) {
      identity.setUserInfo(userId, Recipients.TIME_ZONE, timeZone);
    }
    return settings(request);
  }
}
