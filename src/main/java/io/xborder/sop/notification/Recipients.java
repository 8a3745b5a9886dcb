package io.xborder.sop.notification;

import io.xborder.sop.sla.WorkingTimeSettings;
import io.xborder.sop.system.engine.InsideCommand;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who a mail goes to, and how they read it. Looked up without the current user's authorizations:
 * a guest completing a task may not read users, but its next assignee must still be told.
 */
@Component
public class Recipients {

  /** User settings (Camunda user info), changed at {@code /notifications/settings}. */
  public static final String LANGUAGE = "language";
  static final String TIME_ZONE = "timeZone";
  static final List<String> LANGUAGES = List.of("zh", "en");

  private final NotificationSettings settings;
  private final ZoneId teamZone;

  /** No engine services here: the engine is built with this (through its plug-ins), so they come from the command. */
  Recipients(NotificationSettings settings, WorkingTimeSettings workingTime) {
    this.settings = settings;
    this.teamZone = workingTime.zone();
  }

  record Recipient(String userId, String name, String address, String language, ZoneId zone) {}

  /** The users and the members of the groups, each once, in the order given. */
  List<Recipient> of(Collection<String> userIds, Collection<String> groupIds) {
    IdentityService identity = InsideCommand.identityService();
    return InsideCommand.withoutAuthorization(() -> {
      Map<String, User> users = new LinkedHashMap<>();
      for (String userId : userIds) {
        Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
            .ifPresent(user -> users.putIfAbsent(user.getId(), user));
      }
      for (String groupId : groupIds) {
        identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
            .forEach(user -> users.putIfAbsent(user.getId(), user));
      }
      return users.values().stream().map(user -> recipient(identity, user)).toList();
    });
  }

  private Recipient recipient(IdentityService identity, User user) {
    String language = Optional.ofNullable(identity.getUserInfo(user.getId(), LANGUAGE))
        .filter(LANGUAGES::contains).orElse(settings.defaultLanguage());
    ZoneId zone = Optional.ofNullable(identity.getUserInfo(user.getId(), TIME_ZONE)).flatMap(Recipients::zone)
        .orElse(teamZone);
    // Chinese greets by family name first ("Li Na"), English by first name ("Na").
    String name = user.getFirstName() == null ? user.getId()
        : "zh".equals(language) && user.getLastName() != null ? user.getLastName() + " " + user.getFirstName()
        : user.getFirstName();
    return new Recipient(user.getId(), name, user.getEmail(), language, zone);
  }

  /** A zone stored some other way than through the settings endpoint may be wrong; the team's zone then. */
  private static Optional<ZoneId> zone(String id) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  ZoneId teamZone() {
    return teamZone;
  }
}
