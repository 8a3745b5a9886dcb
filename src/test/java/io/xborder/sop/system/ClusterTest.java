package io.xborder.sop.system;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several nodes of the built platform, each a JVM of its own, on one throwaway PostgreSQL database:
 * started at the same moment on an empty database, sharing 1,000 timers due at once, one of them
 * killed with SIGKILL while it holds jobs, upgraded one after the other, and starting the same
 * project code on two nodes at once. The figures it measures are printed (README: Running more than one node).
 */
@Tag(TestDatabase.POSTGRESQL_TAG)
class ClusterTest {

  private static final int TIMERS = 1000;
  /** application.yaml's camunda.bpm.job-execution.lock-time-in-millis. */
  private static final Duration LOCK_TIME = Duration.ofSeconds(30);
  /** application.yaml's max-wait (5 s), plus room for running the jobs on a busy build machine. */
  private static final Duration ACQUISITION_SLACK = Duration.ofSeconds(25);
  private static final String STORE_OPENING = REST + "/process-definition/key/store-opening/start";

  @TempDir
  Path work;

  private final List<PlatformProcess> nodes = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @Test
  void nodesStartTogetherShareTimersTakeOverADeadNodesJobsKeepTheNewerTemplatesAndRunOneProjectPerCode()
      throws Exception {
    // Tagged for the postgresql run only; the default run, which takes every untagged-out test, skips it.
    assumeTrue(TestDatabase.POSTGRESQL_TAG.equals(System.getProperty(TestDatabase.PROPERTY)));
    String server = TestDatabase.throwawayPostgresUrl();
    String database = "cluster_" + ProcessHandle.current().pid();
    execute(server, "CREATE DATABASE " + database);
    String url = server.substring(0, server.lastIndexOf('/') + 1) + database;
    try (Connection db = DriverManager.getConnection(url, TestDatabase.throwawayPostgresUser(), "")) {
      // Two nodes at the same moment on an empty database: both come up, everything exists once.
      CompletableFuture<PlatformProcess> startingA = startAsync(url, "node-a", null);
      CompletableFuture<PlatformProcess> startingB = startAsync(url, "node-b", null);
      PlatformProcess a = startingA.join();
      PlatformProcess b = startingB.join();
      progress("two nodes started");
      assertThat(number(db, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ = 'xborder-sop-templates'")).isEqualTo(1);
      assertThat(number(db, "SELECT COUNT(*) FROM ACT_RU_FILTER")).isEqualTo(4);
      assertThat(number(db, "SELECT COUNT(*) FROM (SELECT NAME_ FROM ACT_RU_FILTER GROUP BY NAME_ HAVING COUNT(*) > 1) D"))
          .as("filters created twice").isZero();
      assertThat(number(db, "SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'lina'")).isEqualTo(1);

      operable(a, b);
      PlatformProcess older = timersSharedAndADeadNodesJobsTakenOver(db, a, b);
      templatesMoveForwardOnly(db, older);
      oneRunningProjectPerCode(db, PlatformHttp.at(a.url("")), PlatformHttp.at(older.url("")));
    } finally {
      nodes.forEach(PlatformProcess::close);
      pool.shutdownNow();
      execute(server, "DROP DATABASE IF EXISTS " + database);
    }
  }

  /** Sessions, health and metrics, as a load balancer and an operator meet them. */
  private void operable(PlatformProcess a, PlatformProcess b) {
    PlatformHttp nodeA = PlatformHttp.at(a.url(""));
    PlatformHttp nodeB = PlatformHttp.at(b.url(""));
    PlatformHttp.WebAppSession lina = nodeA.webAppSession("lina", "tasklist");
    assertThat(lina.loginStatus()).isEqualTo(200);
    HttpResponse<String> onB = nodeB.webAppGet(lina, "/camunda/api/admin/auth/user/default");
    assertThat(onB.statusCode()).as("a Tasklist login on node A, asked on node B").isEqualTo(200);
    assertThat(onB.body()).contains("\"userId\":\"lina\"");

    HttpResponse<String> health = nodeB.get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}").contains("\"jobExecutor\":{\"status\":\"UP\"}");

    assertThat(nodeA.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    assertThat(nodeA.get("/actuator/prometheus", "lina").statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = nodeA.get("/actuator/prometheus", "admin");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("xborder_jobs_executable").contains("node=\"node-a\"");

    // Failed logins count over all nodes: the ten free ones spread over both, then either node makes the address wait.
    for (int failure = 0; failure <= 10; failure++) {
      PlatformHttp node = failure % 2 == 0 ? nodeA : nodeB;
      assertThat(node.send(node.request(REST + "/task", null).header("Authorization", PlatformHttp.basic("lina", "wrong")))
          .statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled = nodeB.get(REST + "/task", "lina");
    assertThat(throttled.statusCode()).as("the right password after 11 failures over two nodes").isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    // A refused (429) attempt is no failure: asking until let in does not prolong the wait.
    await("lina let in on node A once the Retry-After of " + retryAfter + " s is over")
        .atMost(Duration.ofSeconds(retryAfter + 30)).pollInterval(Duration.ofMillis(250)).pollInSameThread()
        .until(() -> nodeA.get(REST + "/task", "lina").statusCode(), status -> status == 200);
  }

  /** Returns the node of an older release, started while the others took over. */
  private PlatformProcess timersSharedAndADeadNodesJobsTakenOver(Connection db, PlatformProcess a, PlatformProcess b)
      throws Exception {
    PlatformHttp nodeA = PlatformHttp.at(a.url(""));
    PlatformHttp nodeB = PlatformHttp.at(b.url(""));
    HttpResponse<String> deployed = nodeA.deployAsModeler("analyst", "cluster-timer",
        Map.of("cluster-timer.bpmn", resource("/cluster/cluster-timer.bpmn")));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    List<CompletableFuture<Integer>> starts = IntStream.range(0, TIMERS)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> (i % 2 == 0 ? nodeA : nodeB)
            .postJson(REST + "/process-definition/key/cluster-timer/start", "admin", "{}").statusCode(), pool))
        .toList();
    assertThat(starts.stream().map(CompletableFuture::join)).containsOnly(200);
    progress(TIMERS + " timers started");
    String timers = "PROCESS_DEF_KEY_ = 'cluster-timer' AND HANDLER_TYPE_ = 'timer-intermediate-transition'";
    // The job log's own: each instance's end adds a mail job (the project-completed mail) of the same process.
    String timerLog = "PROCESS_DEF_KEY_ = 'cluster-timer' AND JOB_DEF_TYPE_ = 'timer-intermediate-transition'";
    assertThat(number(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE " + timers)).isEqualTo(TIMERS);

    // All due at once; the nodes find them on their next look for due jobs.
    long due = System.nanoTime();
    update(db, "UPDATE ACT_RU_JOB SET DUEDATE_ = CURRENT_TIMESTAMP - INTERVAL '1 second' WHERE " + timers);
    String doneBy = "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND " + timerLog + " AND HOSTNAME_ = ";
    awaitTrue(Duration.ofMinutes(1), "node-b runs its share of timers and holds more",
        () -> number(db, doneBy + "'node-b'") >= TIMERS / 20
        && number(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = 'node-b' AND " + timers) > 0);
    b.kill();
    long killed = System.nanoTime();
    List<String> heldByTheDead = strings(db, "SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ = 'node-b' AND " + timers);
    assertThat(heldByTheDead).as("jobs node-b had locked when it was killed").isNotEmpty();
    // A node of an older release, one template different, starts meanwhile and takes its share of the jobs.
    CompletableFuture<PlatformProcess> older = startAsync(databaseUrl(db), "node-c", olderTemplates());

    String othersDone = "SELECT COUNT(*) FROM ACT_RU_JOB WHERE " + timers + " AND (LOCK_OWNER_ IS NULL OR LOCK_OWNER_ <> 'node-b')";
    awaitTrue(Duration.ofMinutes(1), "every timer not held by the dead node done", () -> number(db, othersDone) == 0);
    double sharedSeconds = (System.nanoTime() - due) / 1e9;
    awaitTrue(LOCK_TIME.plus(ACQUISITION_SLACK).plus(Duration.ofSeconds(30)), "the dead node's jobs done",
        () -> number(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE " + timers) == 0);
    Duration takeover = Duration.ofNanos(System.nanoTime() - killed);

    assertThat(number(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND " + timerLog)).isEqualTo(TIMERS);
    assertThat(number(db, "SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND " + timerLog))
        .isEqualTo(TIMERS);
    assertThat(number(db, "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Event_Done' AND PROC_DEF_KEY_ = 'cluster-timer'"))
        .as("timers run exactly once").isEqualTo(TIMERS);
    long byA = number(db, doneBy + "'node-a'");
    long byB = number(db, doneBy + "'node-b'");
    assertThat(byA).as("timers run by node-a").isPositive();
    assertThat(byB).as("timers run by node-b").isPositive();
    String held = "'" + String.join("','", heldByTheDead) + "'";
    assertThat(number(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND HOSTNAME_ <> 'node-b' AND JOB_ID_ IN ("
        + held + ")")).as("the dead node's jobs, finished by the others").isEqualTo(heldByTheDead.size());
    assertThat(takeover).isLessThan(LOCK_TIME.plus(ACQUISITION_SLACK));
    System.out.printf("CLUSTER: %d timers due at once, %d not held by the killed node done in %.1f s over the nodes"
            + " (node-a %d, node-b %d before its kill); its %d locked jobs finished %.1f s after the kill%n",
        TIMERS, TIMERS - heldByTheDead.size(), sharedSeconds, byA, byB, heldByTheDead.size(), takeover.toMillis() / 1000.0);
    progress("timers done");
    PlatformProcess started = older.join();
    progress("older node started");
    return started;
  }

  /** The older node's project-kickoff differs from the running one: the older release deploys nothing. */
  private void templatesMoveForwardOnly(Connection db, PlatformProcess older) {
    assertThat(number(db, "SELECT MAX(VERSION_) FROM ACT_RE_PROCDEF WHERE KEY_ = 'project-kickoff'")).isEqualTo(1);
    assertThat(number(db, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ = 'xborder-sop-templates'")).isEqualTo(1);
    assertThat(older.log()).contains("Keeping the newer templates of release " + currentRelease());
  }

  private void oneRunningProjectPerCode(Connection db, PlatformHttp... nodesHttp) throws Exception {
    String prefix = "SO-AMZ-DE-RACE-" + System.nanoTime() + "-";
    List<CompletableFuture<HttpResponse<String>>> starts = new ArrayList<>();
    for (int code = 0; code < 20; code++) {
      String body = "{\"businessKey\": \"" + prefix + code + "\", \"variables\": " + storeVariables() + "}";
      for (int node = 0; node < 2; node++) {
        PlatformHttp http = nodesHttp[(code + node) % nodesHttp.length];
        starts.add(CompletableFuture.supplyAsync(() -> http.postJson(STORE_OPENING, "lina", body), pool));
      }
    }
    Map<Integer, Long> statuses = new HashMap<>();
    for (CompletableFuture<HttpResponse<String>> start : starts) {
      HttpResponse<String> response = start.join();
      statuses.merge(response.statusCode(), 1L, Long::sum);
      if (response.statusCode() == 400) {
        assertThat(response.body()).contains("already used by a running store-opening");
      }
    }
    assertThat(statuses).isEqualTo(Map.of(200, 20L, 400, 20L));
    assertThat(number(db, "SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_"
        + " AND BUSINESS_KEY_ LIKE '" + prefix + "%' GROUP BY BUSINESS_KEY_ HAVING COUNT(*) = 1) ONCE")).isEqualTo(20);

    // Codes the platform makes, asked of every node at once: none handed out twice.
    List<CompletableFuture<HttpResponse<String>>> generated = IntStream.range(0, 20)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> nodesHttp[i % nodesHttp.length]
            .postJson(STORE_OPENING, "lina", "{\"variables\": " + storeVariables() + "}"), pool))
        .toList();
    List<String> codes = generated.stream().map(CompletableFuture::join)
        .map(response -> PlatformHttp.json(response).get("businessKey").asText()).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("SO-AMZ-DE-\\d{4,}"));
  }

  private final long began = System.nanoTime();

  private void progress(String step) {
    System.out.printf("CLUSTER %5.1f s: %s%n", (System.nanoTime() - began) / 1e9, step);
  }

  private CompletableFuture<PlatformProcess> startAsync(String url, String node, Path overlay) {
    Path directory = work.resolve(node + "-" + System.nanoTime());
    String[] settings = overlay == null
        ? new String[] {"spring.datasource.url=" + url, "spring.datasource.username=" + TestDatabase.throwawayPostgresUser(),
            "spring.datasource.password=", "xborder.node-name=" + node}
        : new String[] {"spring.datasource.url=" + url, "spring.datasource.username=" + TestDatabase.throwawayPostgresUser(),
            "spring.datasource.password=", "xborder.node-name=" + node, "xborder.release=0.0.1"};
    return CompletableFuture.supplyAsync(() -> {
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PlatformProcess started = overlay == null ? PlatformProcess.start(directory, settings)
          : PlatformProcess.startWithOverlay(overlay, directory, settings);
      synchronized (nodes) {
        nodes.add(started);
      }
      return started;
    });
  }

  /** An older release's jar: project-kickoff's documentation worded as it was. */
  private Path olderTemplates() throws IOException {
    Path overlay = work.resolve("older-release");
    Path kickoff = overlay.resolve("processes/project-kickoff.bpmn");
    Files.createDirectories(kickoff.getParent());
    Files.writeString(kickoff, Files.readString(Path.of("processes/project-kickoff.bpmn"))
        .replace("主管确认接收。", "主管确认接收（旧版本）。"));
    return overlay;
  }

  /** The build's version, which the nodes without a release setting of their own run. */
  private static String currentRelease() {
    Properties release = new Properties();
    try (var in = ClusterTest.class.getResourceAsStream("/release.properties")) {
      release.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return release.getProperty("xborder.release");
  }

  private static String storeVariables() {
    return "{\"platform\": {\"value\": \"amazon\"}, \"site\": {\"value\": \"DE\"},"
        + " \"companyName\": {\"value\": \"Shenzhen Example Trading Co., Ltd.\"},"
        + " \"storeName\": {\"value\": \"Race\"}, \"riskLevel\": {\"value\": \"normal\"},"
        + " \"projectOwner\": {\"value\": \"lina\"}}";
  }

  private static byte[] resource(String name) throws IOException {
    try (var in = ClusterTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static String databaseUrl(Connection db) throws SQLException {
    return db.getMetaData().getURL();
  }

  private static void awaitTrue(Duration patience, String what, Callable<Boolean> condition) {
    await(what).atMost(patience).pollInterval(Duration.ofMillis(20)).pollInSameThread().until(condition);
  }

  private static long number(Connection db, String sql) {
    try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static List<String> strings(Connection db, String sql) {
    List<String> values = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return values;
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, TestDatabase.throwawayPostgresUser(), "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
