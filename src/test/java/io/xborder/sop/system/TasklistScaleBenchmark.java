package io.xborder.sop.system;

import static io.xborder.sop.PlatformHttp.REST;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Not a test: Tasklist for lina (operations) over 100,000 open tasks of 2,000 projects, authorization on, the
 * shared filters with their project columns. {@code mvn -B -Ptasklist-benchmark test-compile exec:exec} (H2 file
 * database, as the platform runs by default) or {@code ... exec:exec -Dbenchmark.database=postgresql} (the build's
 * throwaway PostgreSQL, needs Debian's postgresql package).
 *
 * <p>The platform runs as its own process, as an operator starts it. Lina starts two projects through the REST
 * API and claims the task of one; {@link TasklistSeed} then copies those rows the engine wrote to 100,000 tasks
 * (platform stopped), and the platform is started again on that database (the start is timed too). Then the
 * requests Tasklist 7.24 makes when lina opens a filter are timed: the filter count and filter list (without item
 * counts) and the filter's first page of 15, HAL with the project columns, sorted by creation, newest first.
 * Extra platform settings: {@code -Dbenchmark.settings="name=value,name=value"}; {@code -Dbenchmark.projects=200} seeds
 * 10,000 tasks; {@code -Dbenchmark.work=<directory>} times an H2 database an earlier run seeded there again, and
 * {@code -Dbenchmark.database=jdbc:postgresql://...} (user {@code -Dbenchmark.user}) a PostgreSQL database of one's
 * own: a database already seeded is not seeded again.
 */
public final class TasklistScaleBenchmark {

  static final int WARM_UP = 10;
  static final int REPEATS = 50;
  /** A request that takes longer is reported as such rather than waited for (PostgreSQL once planned one for hours). */
  static final Duration PATIENCE = Duration.ofMinutes(2);
  static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  static final String HAL = "application/hal+json, application/json; q=0.5";
  /** What Tasklist 7.24 posts for a filter's first page (its {@code taskListQuery}). */
  static final String FIRST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  static final List<String> FILTERS = List.of("组内待认领 My group tasks", "今日到期 Due today", "我的任务 My tasks");

  public static void main(String[] args) throws Exception {
    String database = System.getProperty("benchmark.database", "h2");
    boolean postgres = database.equals(TestDatabase.POSTGRESQL_TAG) || database.startsWith("jdbc:postgresql:");
    String reused = System.getProperty("benchmark.work", "");
    Path work = reused.isBlank() ? Files.createTempDirectory("xborder-tasklist-benchmark") : Path.of(reused);
    List<String> settings = new ArrayList<>();
    String jdbcUrl;
    String jdbcUser;
    if (postgres) {
      // The build's throwaway server, or a database of one's own to time again and again (seeded once).
      jdbcUrl = database.startsWith("jdbc:") ? database : TestDatabase.throwawayPostgresUrl();
      jdbcUser = database.startsWith("jdbc:") ? System.getProperty("benchmark.user", "xborder") : TestDatabase.throwawayPostgresUser();
      settings.addAll(List.of("spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + jdbcUser,
          "spring.datasource.password="));
    } else {
      // The platform's default database, ./data/xborder-sop in its working directory.
      jdbcUrl = "jdbc:h2:file:" + work.resolve("data/xborder-sop");
      jdbcUser = "sa";
    }
    String extra = System.getProperty("benchmark.settings", "");
    if (!extra.isBlank()) {
      settings.addAll(Arrays.asList(extra.split(",")));
    }
    String[] platformSettings = settings.toArray(String[]::new);
    int projects = Integer.getInteger("benchmark.projects", TasklistSeed.PROJECTS);
    System.out.printf("database %s, work directory %s, settings %s%n", postgres ? jdbcUrl : "H2 file", work, settings);

    if (!seeded(jdbcUrl, jdbcUser)) {
      seed(work, platformSettings, jdbcUrl, jdbcUser, projects);
    }

    long starting = System.nanoTime();
    try (PlatformProcess platform = PlatformProcess.startLongLived(work, platformSettings)) {
      System.out.printf("platform healthy %.1f s after its start on the seeded database%n", (System.nanoTime() - starting) / 1e9);
      measure(PlatformHttp.at(platform.url("")));
      platform.stop();
    }
  }

  /** Whether an earlier run seeded this database (its engine tables exist and hold more than the two template tasks). */
  private static boolean seeded(String jdbcUrl, String jdbcUser) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
      try (var tables = connection.getMetaData().getTables(null, null, "%", null)) {
        boolean engineSchema = false;
        while (tables.next()) {
          engineSchema |= tables.getString("TABLE_NAME").equalsIgnoreCase("ACT_RU_TASK");
        }
        if (!engineSchema) {
          return false;
        }
      }
      try (var statement = connection.createStatement(); var count = statement.executeQuery("select count(*) from ACT_RU_TASK")) {
        count.next();
        return count.getLong(1) > 2;
      }
    }
  }

  private static void seed(Path work, String[] platformSettings, String jdbcUrl, String jdbcUser, int projects)
      throws SQLException {
    TasklistSeed.Templates templates;
    try (PlatformProcess platform = PlatformProcess.startLongLived(work, platformSettings)) {
      templates = startTemplateProjects(PlatformHttp.at(platform.url("")));
      platform.stop();
    }
    long seeding = System.nanoTime();
    // A cache that holds the indexes being filled: H2's default makes the random ids read pages from disk per row.
    try (Connection connection = DriverManager.getConnection(jdbcUrl + (jdbcUrl.startsWith("jdbc:h2:") ? ";CACHE_SIZE=1048576" : ""),
        jdbcUser, "")) {
      TasklistSeed.Counts counts = new TasklistSeed(connection, templates, projects).seed();
      System.out.printf("seeded %,d open tasks in %,d projects (%,d assigned to lina) in %.1f s%n", counts.tasks(),
          counts.projects(), counts.assignedToLina(), (System.nanoTime() - seeding) / 1e9);
    }
  }

  /** Two kickoff projects as lina starts them; she claims the second one's task. */
  private static TasklistSeed.Templates startTemplateProjects(PlatformHttp http) {
    String[] taskIds = new String[2];
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> started = http.postJson(REST + "/process-definition/key/project-kickoff/submit-form", "lina",
          "{\"variables\": {\"projectName\": {\"value\": \"基准项目 Benchmark " + i + "\"}, \"platform\": {\"value\": \"lazada\"},"
              + " \"site\": {\"value\": \"TH\"}, \"goal\": {\"value\": \"Open the Thai store\"}}}");
      String processInstanceId = ok(started).get("id").asText();
      JsonNode tasks = ok(http.get(REST + "/task?processInstanceId=" + processInstanceId, "lina"));
      taskIds[i] = tasks.get(0).get("id").asText();
    }
    ok(http.postJson(REST + "/task/" + taskIds[1] + "/claim", "lina", "{\"userId\": \"lina\"}"));
    return new TasklistSeed.Templates(taskIds[0], taskIds[1]);
  }

  private static void measure(PlatformHttp http) {
    Tasklist lina = Tasklist.login(http, "lina");
    JsonNode filters = lina.json(lina.get(TASKLIST_API + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task"));
    Map<String, String> filterIds = new LinkedHashMap<>();
    for (String name : FILTERS) {
      for (JsonNode filter : filters) {
        if (name.equals(filter.get("name").asText())) {
          filterIds.put(name, filter.get("id").asText());
        }
      }
    }
    Map<String, Supplier<HttpResponse<String>>> calls = new LinkedHashMap<>();
    calls.put("filter count", () -> lina.get(TASKLIST_API + "/filter/count?itemCount=false&resourceType=Task"));
    calls.put("filter list", () -> lina.get(TASKLIST_API + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task"));
    filterIds.forEach((name, id) -> calls.put(name + ": first page", () -> lina.postHal(
        TASKLIST_API + "/filter/" + id + "/list?firstResult=0&maxResults=15", FIRST_PAGE)));
    calls.forEach((label, call) -> {
      JsonNode answer = lina.json(call.get());
      if (answer.has("count")) {
        JsonNode tasks = answer.path("_embedded").path("task");
        System.out.printf("%-40s count %,d, %d tasks on the page, first: %s, its columns: %s%n", label,
            answer.get("count").asLong(), tasks.size(), tasks.path(0).path("name").asText(),
            tasks.path(0).path("_embedded").path("variable").findValuesAsText("value"));
      }
    });
    for (int i = 0; i < WARM_UP; i++) {
      calls.values().forEach(call -> lina.json(call.get()));
    }
    Map<String, long[]> micros = new LinkedHashMap<>();
    calls.keySet().forEach(label -> micros.put(label, new long[REPEATS]));
    for (int run = 0; run < REPEATS; run++) {
      for (var call : calls.entrySet()) {
        long start = System.nanoTime();
        lina.json(call.getValue().get());
        micros.get(call.getKey())[run] = (System.nanoTime() - start) / 1000;
      }
    }
    System.out.printf("%nlina, %d repeats after %d warm-up rounds, milliseconds:%n%-40s %8s %8s %8s%n", REPEATS, WARM_UP,
        "request", "p50", "p95", "max");
    micros.forEach((label, values) -> {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      System.out.printf("%-40s %8.1f %8.1f %8.1f%n", label, sorted[(REPEATS - 1) / 2] / 1000.0,
          sorted[(int) Math.ceil(REPEATS * 0.95) - 1] / 1000.0, sorted[REPEATS - 1] / 1000.0);
    });
  }

  private static JsonNode ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? null : PlatformHttp.json(response);
  }

  /** Tasklist in a browser: one web-app session, its CSRF token on every POST, HAL for task lists. */
  private record Tasklist(HttpClient client, String baseUrl, String csrfToken) {

    static Tasklist login(PlatformHttp http, String user) {
      PlatformHttp.WebAppSession session = http.webAppSession(user, "tasklist");
      if (session.loginStatus() != 200) {
        throw new IllegalStateException(user + " could not log into Tasklist: " + session.loginStatus());
      }
      String baseUrl = http.url("");
      Tasklist anonymous = new Tasklist(session.client(), baseUrl, null);
      // The token a session's POSTs must carry is handed out with its first request after the login.
      anonymous.get("/camunda/api/admin/auth/user/default");
      CookieManager cookies = (CookieManager) session.client().cookieHandler().orElseThrow();
      String token = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow();
      return new Tasklist(session.client(), baseUrl, token);
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(PATIENCE).header("Accept", "application/json").GET());
    }

    HttpResponse<String> postHal(String path, String json) {
      return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(PATIENCE).header("Accept", HAL)
          .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonNode json(HttpResponse<String> response) {
      return ok(response);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException e) {
        throw new IllegalStateException("No answer within " + PATIENCE + ": " + request.build().uri(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private TasklistScaleBenchmark() {}
}
