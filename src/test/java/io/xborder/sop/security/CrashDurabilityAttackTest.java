package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.DEMO_PASSWORD;
import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.basic;
import static io.xborder.sop.kickoff.ProjectKickoff.PROCESS_KEY;
import static io.xborder.sop.kickoff.ProjectKickoff.TASK_ACKNOWLEDGE;
import static io.xborder.sop.kickoff.ProjectKickoff.TASK_CONFIRM_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.system.PlatformProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's worst moment: the embedded platform is killed with SIGKILL (OOM killer, power
 * button of a VM, {@code kill -9}) while people are working. Whatever it answered 2xx before must be
 * there after the restart on the same {@code ./data}: each acknowledged completion's task completed
 * and the next task open, each acknowledged start's project open.
 */
class CrashDurabilityAttackTest {

  private static final int KILL_ROUNDS = 20;
  private static final int STARTS_PER_ROUND = 6;
  private static final int CLIENTS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Set<String> acknowledgedStarts = ConcurrentHashMap.newKeySet();
  private final Set<String> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
  private final Set<String> knownLosses = new HashSet<>();

  @Test
  void workAnsweredWith2xxSurvivesKillMinus9AtAnyMoment(@TempDir Path workingDirectory) throws Exception {
    List<String> lost = new ArrayList<>();
    for (int round = 1; round <= KILL_ROUNDS + 1; round++) {
      try (PlatformProcess platform = PlatformProcess.start(workingDirectory, "camunda.bpm.webapp.enabled=false")) {
        Kickoffs kickoffs = kickoffs(platform);
        lost.addAll(lostAfterRestart(round, kickoffs));
        if (round <= KILL_ROUNDS) {
          // Every third round dies with requests still in flight; the others right after the last 2xx.
          burstThenKill(platform, kickoffs.scopeTasks(), round % 3 == 0);
        }
      }
    }

    assertThat(acknowledgedCompletions).as("completions acknowledged over the rounds").hasSizeGreaterThan(KILL_ROUNDS);
    assertThat(lost).as("acknowledged work lost in %d kill rounds (%d completions, %d starts acknowledged)",
        KILL_ROUNDS, acknowledgedCompletions.size(), acknowledgedStarts.size()).isEmpty();
  }

  /** What acknowledged work the restart did not bring back, each loss once (in the round that revealed it). */
  private List<String> lostAfterRestart(int round, Kickoffs kickoffs) {
    List<String> lost = new ArrayList<>();
    for (String project : acknowledgedCompletions) {
      if ((!kickoffs.acknowledgeOpen().contains(project) || !kickoffs.scopeCompleted().contains(project))
          && knownLosses.add("completion " + project)) {
        lost.add("round " + round + ": completion of the scope task of " + project);
      }
    }
    for (String project : acknowledgedStarts) {
      if (!kickoffs.scopeOpen().contains(project) && !kickoffs.acknowledgeOpen().contains(project)
          && knownLosses.add("start " + project)) {
        lost.add("round " + round + ": start of " + project);
      }
    }
    return lost;
  }

  /**
   * Completes every open scope task (as operations) and starts new projects (as a requester) from
   * several clients at once, then kills the platform: after the last answer, or once half of the
   * requests are answered while the rest are still being served.
   */
  private void burstThenKill(PlatformProcess platform, List<JsonNode> scopeTasks, boolean whileInFlight)
      throws InterruptedException {
    int requests = scopeTasks.size() + STARTS_PER_ROUND;
    CountDownLatch answered = new CountDownLatch(whileInFlight ? requests / 2 : requests);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (JsonNode task : scopeTasks) {
      clients.submit(() -> {
        HttpResponse<String> completed = post(platform, REST + "/task/" + task.get("id").asText() + "/complete", "wangwei",
            "{\"variables\": {\"scopeSummary\": {\"value\": \"Listings and ads\"},"
                + " \"firstMilestoneDate\": {\"value\": \"2026-12-15\"}}}");
        if (completed != null && completed.statusCode() == 204) {
          acknowledgedCompletions.add(task.get("processInstanceId").asText());
        }
        answered.countDown();
      });
    }
    for (int start = 0; start < STARTS_PER_ROUND; start++) {
      clients.submit(() -> {
        HttpResponse<String> started = post(platform, REST + "/process-definition/key/" + PROCESS_KEY + "/start", "lina",
            "{\"variables\": {\"projectName\": {\"value\": \"Crash drill\"}, \"platform\": {\"value\": \"ebay\"},"
                + " \"site\": {\"value\": \"DE\"}, \"goal\": {\"value\": \"Survive a kill\"}}}");
        if (started != null && started.statusCode() == 200) {
          acknowledgedStarts.add(readJson(started.body()).get("id").asText());
        }
        answered.countDown();
      });
    }
    assertThat(answered.await(2, TimeUnit.MINUTES)).as("answers before the kill").isTrue();
    platform.kill();
    clients.shutdown();
    assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }

  private record Kickoffs(List<JsonNode> scopeTasks, Set<String> scopeOpen, Set<String> acknowledgeOpen,
      Set<String> scopeCompleted) {}

  private Kickoffs kickoffs(PlatformProcess platform) {
    List<JsonNode> scopeTasks = new ArrayList<>();
    list(platform, REST + "/task?processDefinitionKey=" + PROCESS_KEY + "&taskDefinitionKey=" + TASK_CONFIRM_SCOPE)
        .forEach(scopeTasks::add);
    return new Kickoffs(scopeTasks, projects(scopeTasks),
        projects(list(platform, REST + "/task?processDefinitionKey=" + PROCESS_KEY + "&taskDefinitionKey=" + TASK_ACKNOWLEDGE)),
        projects(list(platform, REST + "/history/task?processDefinitionKey=" + PROCESS_KEY
            + "&taskDefinitionKey=" + TASK_CONFIRM_SCOPE + "&finished=true")));
  }

  private static Set<String> projects(Iterable<JsonNode> tasks) {
    Set<String> projects = new HashSet<>();
    tasks.forEach(task -> projects.add(task.get("processInstanceId").asText()));
    return projects;
  }

  private JsonNode list(PlatformProcess platform, String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.url(path + "&maxResults=10000")))
        .header("Authorization", basic("admin", DEMO_PASSWORD)).GET());
    assertThat(response).as(path).isNotNull();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return readJson(response.body());
  }

  /** The answer, or null when the platform died before answering. */
  private HttpResponse<String> post(PlatformProcess platform, String path, String user, String json) {
    return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
        .header("Authorization", basic(user, DEMO_PASSWORD)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException killedMeanwhile) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }
}
