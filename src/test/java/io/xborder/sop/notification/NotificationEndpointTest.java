package io.xborder.sop.notification;

import static io.xborder.sop.PlatformHttp.json;
import static io.xborder.sop.kickoff.ProjectKickoff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person sees of the mails through HTTP: the recent ones (own or, for managers, all) and their mail settings. */
@PlatformTest
class NotificationEndpointTest {

  @Autowired ProcessEngine engine;
  @Autowired PlatformHttp http;

  @AfterEach
  void backToDefaults() {
    engine.getIdentityService().deleteUserInfo("liuyang", Recipients.LANGUAGE);
    engine.getIdentityService().deleteUserInfo("liuyang", Recipients.TIME_ZONE);
  }

  @Test
  void recentMailsAreListedForTheirRecipientAndForManagersOnly() {
    Inbox inbox = new Inbox();
    inbox.open();
    try {
      MailJobs jobs = MailJobs.since(engine.getManagementService());
      engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "KO-RECENT-" + UUID.randomUUID(),
          withVariables(PROJECT_NAME, "eBay UK launch", PLATFORM, "ebay", SITE, "UK", GOAL, "Open the UK store"));
      jobs.runAll();
    } finally {
      inbox.close();
    }

    assertThat(http.get("/notifications/recent", null).statusCode()).isEqualTo(401);
    List<String> linasView = recipients(json(http.get("/notifications/recent", "lina")));
    assertThat(linasView).isNotEmpty().containsOnly("lina");
    assertThat(recipients(json(http.get("/notifications/recent", "zhoujing")))).contains("lina", "wangwei");
    JsonNode newest = json(http.get("/notifications/recent", "lina")).get(0);
    assertThat(newest.get("subject").asText()).startsWith("团队新任务：确认项目范围 KO-RECENT-");
    assertThat(newest.get("link").asText()).startsWith("http://localhost:8080/camunda/app/tasklist/default/#/?task=");
  }

  @Test
  void aUserChoosesTheLanguageAndTimeZoneOfTheirMailsAndBadValuesAreRefused() {
    assertThat(json(http.get("/notifications/settings", "liuyang")).toString())
        .isEqualTo("{\"language\":\"zh\",\"timeZone\":\"Asia/Shanghai\"}");

    var badLanguage = http.putJson("/notifications/settings", "liuyang", "{\"language\":\"fr\"}");
    assertThat(badLanguage.statusCode()).isEqualTo(400);
    assertThat(badLanguage.body()).contains("language must be one of [zh, en], not 'fr'");
    var badZone = http.putJson("/notifications/settings", "liuyang", "{\"language\":\"en\",\"timeZone\":\"Mars/Olympus\"}");
    assertThat(badZone.statusCode()).isEqualTo(400);
    assertThat(badZone.body()).contains("timeZone", "Mars/Olympus");
    assertThat(http.putJson("/notifications/settings", "liuyang", "not json").statusCode()).isEqualTo(400);
    assertThat(json(http.get("/notifications/settings", "liuyang")).get("language").asText())
        .as("nothing changed by refused requests").isEqualTo("zh");

    var changed = http.putJson("/notifications/settings", "liuyang", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(json(changed).toString()).isEqualTo("{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(http.putJson("/notifications/settings", null, "{\"language\":\"en\"}").statusCode()).isEqualTo(401);
  }

  private static List<String> recipients(JsonNode entries) {
    List<String> users = new ArrayList<>();
    entries.forEach(entry -> users.add(entry.get("userId").asText()));
    return users;
  }
}
