package io.xborder.sop.system;

import io.xborder.sop.XborderSopApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * Not a test: this platform against a plain Camunda 7 Spring Boot starter application
 * ({@link PlainCamundaApplication}: defaults, no authorization), each its own process on its own H2
 * file database (same URL settings), history level full, job executor on. Both get the same SOP of
 * ten sequential user tasks offered to {@code operations} (Chinese names and a form per task, so the
 * platform's lint accepts it) and are walked by the same Tasklist-like REST client — list the
 * group's tasks, claim one, submit its form — with 4 and 8 threads, alternating plain and platform
 * round by round, so load from elsewhere on the machine hits both alike.
 *
 * <p>Run with {@code mvn -B -Pengine-benchmark test-compile exec:java}; settings as system
 * properties: {@code -Dbenchmark.heap=512m} (both processes' {@code -Xmx}), {@code -Dbenchmark.rounds=3},
 * {@code -Dbenchmark.projects=40} (per round), {@code -Dbenchmark.threads=4,8},
 * {@code -Dbenchmark.sql=true} (H2 statement statistics per task completion, top statements),
 * {@code -Dbenchmark.jfr=true} (a flight recording of the platform in the run folder).
 */
public final class EngineThroughputBenchmark {

  static final String PROCESS_KEY = "throughput-sop";
  static final String FORM_ID = "throughput-step";
  static final int STEPS = 10;
  static final String GROUP = "operations";
  static final List<String> WORKERS = List.of("lina", "wangwei");

  private static final String HEAP = System.getProperty("benchmark.heap", "");
  private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
  private static final int PROJECTS = Integer.getInteger("benchmark.projects", 40);
  private static final boolean SQL_STATISTICS = Boolean.getBoolean("benchmark.sql");
  private static final boolean FLIGHT_RECORDING = Boolean.getBoolean("benchmark.jfr");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  enum Call { LIST, CLAIM, SUBMIT }

  public static void main(String[] args) throws Exception {
    List<Integer> threadCounts = List.of(System.getProperty("benchmark.threads", "4,8").split(",")).stream()
        .map(String::trim).map(Integer::valueOf).toList();
    Path run = Files.createTempDirectory("engine-throughput-");
    List<String> jvm = new ArrayList<>();
    if (!HEAP.isEmpty()) {
      jvm.add("-Xmx" + HEAP);
    }
    System.out.printf(Locale.ROOT, "Engine throughput: %d projects x %d tasks per round, %d rounds, threads %s; heap %s;"
            + " %d cores; H2 file databases in %s; history full; job executor on%n", PROJECTS, STEPS, ROUNDS,
        threadCounts, HEAP.isEmpty() ? "default (this JVM's max: " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)"
            : "-Xmx" + HEAP, Runtime.getRuntime().availableProcessors(), run);

    List<String> platformJvm = new ArrayList<>(jvm);
    if (FLIGHT_RECORDING) {
      platformJvm.add("-XX:StartFlightRecording=filename=" + run.resolve("platform.jfr") + ",settings=profile");
    }
    // Started side by side: on a busy machine each start takes minutes.
    CompletableFuture<Target> starting = CompletableFuture.supplyAsync(() -> Target.platform(run, platformJvm));
    try (Target plain = Target.plain(run, jvm); Target platform = starting.join()) {
      for (Target target : List.of(plain, platform)) {
        target.deploy();
        target.round(Math.max(4, threadCounts.get(0)), Math.max(10, PROJECTS / 2)); // warm-up, not counted
      }
      for (int threads : threadCounts) {
        List<Double> plainRates = new ArrayList<>();
        List<Double> platformRates = new ArrayList<>();
        for (Target target : List.of(plain, platform)) {
          target.latencies.values().forEach(List::clear);
        }
        for (int round = 1; round <= ROUNDS; round++) {
          // Alternate who goes first, so neither always runs on the machine the other just warmed or heated.
          List<Target> order = round % 2 == 1 ? List.of(plain, platform) : List.of(platform, plain);
          for (Target target : order) {
            Result result = target.round(threads, PROJECTS);
            (target == plain ? plainRates : platformRates).add(result.tasksPerSecond());
            System.out.printf(Locale.ROOT, "threads %d round %d %-8s %6.1f tasks/s, jobs drained %5.1f s after the load,"
                    + " claim conflicts %d, errors %d%s%n", threads, round, target.name, result.tasksPerSecond(),
                result.drainSeconds(), result.conflicts(), result.errors(), result.sql());
          }
        }
        double plainMedian = median(plainRates);
        double platformMedian = median(platformRates);
        System.out.printf(Locale.ROOT, "== threads %d: plain %.1f tasks/s, platform %.1f tasks/s (medians of %d);"
            + " ratio platform/plain %.2f%n", threads, plainMedian, platformMedian, ROUNDS, platformMedian / plainMedian);
        System.out.printf("   %-7s %-26s %-26s%n", "call", "plain p50/p95/p99 ms", "platform p50/p95/p99 ms");
        for (Call call : Call.values()) {
          System.out.printf("   %-7s %-26s %-26s%n", call.name().toLowerCase(Locale.ROOT), plain.percentiles(call),
              platform.percentiles(call));
        }
      }
    }
  }

  record Result(double tasksPerSecond, double drainSeconds, int conflicts, int errors, String sql) {}

  /** One system under load: its process, its REST client, its latencies. */
  static final class Target implements AutoCloseable {
    final String name;
    final PlatformProcess process;
    final String admin;
    final String deployer;
    final Path database;
    final Map<Call, List<Long>> latencies = new EnumMap<>(Call.class);
    /** Tasks a worker has picked, so workers sharing a login do not pick the same one. */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private int projectsStarted;

    private Target(String name, PlatformProcess process, String admin, String deployer, Path database) {
      this.name = name;
      this.process = process;
      this.admin = admin;
      this.deployer = deployer;
      this.database = database;
      for (Call call : Call.values()) {
        latencies.put(call, Collections.synchronizedList(new ArrayList<>()));
      }
    }

    static Target platform(Path run, List<String> jvm) {
      Path folder = run.resolve("platform");
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path database = folder.resolve("db");
      PlatformProcess process = PlatformProcess.startForLoad(folder, jvm, XborderSopApplication.class.getName(),
          "spring.datasource.url=" + jdbcUrl(database), "logging.file.name=" + folder.resolve("platform.log"));
      return new Target("platform", process, "admin", "analyst", database);
    }

    static Target plain(Path run, List<String> jvm) throws IOException {
      Path folder = Files.createDirectories(run.resolve("plain"));
      Path database = folder.resolve("db");
      PlatformProcess process = PlatformProcess.startForLoad(folder, jvm, PlainCamundaApplication.class.getName(),
          "spring.config.name=plain-camunda", "spring.datasource.url=" + jdbcUrl(database),
          "spring.datasource.username=sa",
          "camunda.bpm.history-level=full", "camunda.bpm.job-execution.enabled=true",
          // The classpath holds the platform's templates, which are not this application's.
          "camunda.bpm.auto-deployment-enabled=false",
          // Spring Session (the platform's web-app logins) is on the classpath but no part of a plain starter app.
          "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.session.SessionAutoConfiguration");
      return new Target("plain", process, "admin", "analyst", database);
    }

    /** The platform's own settings ({@code application.yaml}), with the statement statistics when asked for. */
    static String jdbcUrl(Path database) {
      // The benchmark reads the statistics through H2's automatic server, which refuses DB_CLOSE_ON_EXIT.
      return "jdbc:h2:file:" + database + ";WRITE_DELAY=0" + (SQL_STATISTICS
          ? ";AUTO_SERVER=TRUE;QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=1000" : ";DB_CLOSE_ON_EXIT=FALSE");
    }

    void deploy() throws IOException, InterruptedException {
      String boundary = "----throughput" + System.nanoTime();
      StringBuilder body = new StringBuilder();
      part(body, boundary, "deployment-name", null, PROCESS_KEY);
      part(body, boundary, "deploy-changed-only", null, "true");
      part(body, boundary, "data", PROCESS_KEY + ".bpmn", process());
      part(body, boundary, "form", FORM_ID + ".form", form());
      body.append("--").append(boundary).append("--\r\n");
      HttpResponse<String> response = send(deployer, HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(name + " refused the deployment: " + response.statusCode() + " " + response.body());
      }
    }

    Result round(int threads, int projects) throws Exception {
      for (int i = 0; i < projects; i++) {
        HttpResponse<String> started = send(admin, json(uri("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start"),
            "{\"businessKey\":\"TP-" + (++projectsStarted) + "\"}"));
        if (started.statusCode() != 200) {
          throw new IllegalStateException(name + " did not start a project: " + started.statusCode() + " " + started.body());
        }
      }
      awaitJobsDone(); // the offers' mails of the start are not the clients' load
      resetStatistics();
      AtomicInteger left = new AtomicInteger(projects * STEPS);
      AtomicInteger conflicts = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long start = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String user = WORKERS.get(t % WORKERS.size());
        workers.add(pool.submit(() -> work(user, threads, left, conflicts, errors)));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      long loadEnd = System.nanoTime();
      pool.shutdown();
      awaitJobsDone();
      double drain = (System.nanoTime() - loadEnd) / 1e9;
      int completed = projects * STEPS;
      String sql = SQL_STATISTICS ? statementsPerCompletion(completed) : "";
      return new Result(completed / ((loadEnd - start) / 1e9), drain, conflicts.get(), errors.get(), sql);
    }

    /** As Tasklist: the group's open tasks, one of them claimed (another worker may have been quicker), its form sent. */
    private Void work(String user, int threads, AtomicInteger left, AtomicInteger conflicts, AtomicInteger errors)
        throws IOException, InterruptedException {
      while (left.get() > 0) {
        HttpResponse<String> list = timed(Call.LIST, user, HttpRequest.newBuilder(uri(
            "/engine-rest/task?candidateGroup=" + GROUP + "&unassigned=true&processDefinitionKey=" + PROCESS_KEY
                + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=" + 2 * threads)).GET());
        List<String> ids = ids(list.body());
        if (list.statusCode() != 200 || ids.isEmpty()) {
          if (list.statusCode() != 200) {
            errors.incrementAndGet();
          }
          Thread.sleep(5);
          continue;
        }
        String task = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        if (!taken.add(task)) {
          // Two workers logged in as the same person: the engine lets a user claim their own task again.
          conflicts.incrementAndGet();
          continue;
        }
        HttpResponse<String> claim = timed(Call.CLAIM, user, json(uri("/engine-rest/task/" + task + "/claim"),
            "{\"userId\":\"" + user + "\"}"));
        if (claim.statusCode() != 204) {
          (claim.body().contains("already claimed") ? conflicts : errors).incrementAndGet();
          continue;
        }
        HttpResponse<String> submit = timed(Call.SUBMIT, user, json(uri("/engine-rest/task/" + task + "/submit-form"),
            "{\"variables\":{\"stepNote\":{\"value\":\"已完成\",\"type\":\"String\"}}}"));
        if (submit.statusCode() == 204) {
          left.decrementAndGet();
        } else {
          errors.incrementAndGet();
          System.out.println(name + " submit-form " + submit.statusCode() + ": " + submit.body());
        }
      }
      return null;
    }

    /** Until no job of the benchmark's process is due (SLA timers lie in the future and do not count). */
    private void awaitJobsDone() throws IOException, InterruptedException {
      HttpRequest.Builder count = HttpRequest.newBuilder(uri("/engine-rest/job/count?executable=true&processDefinitionKey="
          + PROCESS_KEY)).GET();
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (System.nanoTime() < deadline) {
        String body = send(admin, count).body();
        if (body.matches(".*\"count\"\\s*:\\s*0\\D.*")) {
          return;
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException(name + ": jobs still due after 10 minutes");
    }

    private HttpResponse<String> timed(Call call, String user, HttpRequest.Builder request)
        throws IOException, InterruptedException {
      long start = System.nanoTime();
      HttpResponse<String> response = send(user, request);
      latencies.get(call).add(System.nanoTime() - start);
      return response;
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
      String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      return http.send(request.copy().header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder json(URI uri, String body) {
      return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
      return URI.create(process.url(path));
    }

    String percentiles(Call call) {
      List<Long> sorted = new ArrayList<>(latencies.get(call));
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return "-";
      }
      return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", percentile(sorted, 50), percentile(sorted, 95),
          percentile(sorted, 99));
    }

    private void resetStatistics() throws SQLException {
      if (SQL_STATISTICS) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "sa", "");
            Statement statement = connection.createStatement()) {
          statement.execute("SET QUERY_STATISTICS FALSE");
          statement.execute("SET QUERY_STATISTICS TRUE");
        }
      }
    }

    /** Statements (of every connection: requests and jobs) per completed task, and the most frequent ones. */
    private String statementsPerCompletion(int completed) throws SQLException {
      StringBuilder top = new StringBuilder();
      long total = 0;
      try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "sa", "");
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
              + " ORDER BY EXECUTION_COUNT DESC")) {
        int shown = 0;
        while (rows.next()) {
          long count = rows.getLong(2);
          total += count;
          if (shown++ < 25) {
            String sql = rows.getString(1).replaceAll("\\s+", " ");
            top.append(String.format(Locale.ROOT, "%n      %6.2f  %s", count / (double) completed,
                sql.substring(0, Math.min(160, sql.length()))));
          }
        }
      }
      return String.format(Locale.ROOT, "; SQL statements per completion %.1f, most frequent:%s", total / (double) completed,
          top);
    }

    @Override
    public void close() {
      process.close();
    }
  }

  /** Ten steps in a row offered to {@code operations}, each with the same form, in Chinese as the lint asks. */
  static String process() {
    ProcessBuilder process = Bpmn.createExecutableProcess(PROCESS_KEY).name("吞吐量基准").camundaStartableInTasklist(false);
    AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("Event_Start").name("项目已开始");
    for (int step = 1; step <= STEPS; step++) {
      flow = flow.userTask("Task_Step" + step).name("完成第" + step + "步").documentation("按清单完成本步骤，填写备注即为完成。")
          .camundaCandidateGroups(GROUP).camundaFormRef(FORM_ID).camundaFormRefBinding("deployment");
    }
    return Bpmn.convertToString(flow.endEvent("Event_Done").name("项目已完成").done());
  }

  static String form() {
    return """
        {
          "components": [
            {"type": "text", "id": "Text_Done", "text": "### 完成步骤\\n按清单完成本步骤。填写备注并提交即为完成。"},
            {"type": "textfield", "id": "Field_StepNote", "key": "stepNote", "label": "备注",
             "validate": {"required": true, "maxLength": 200}}
          ],
          "id": "%s",
          "type": "default",
          "executionPlatform": "Camunda Platform",
          "executionPlatformVersion": "7.24.0",
          "schemaVersion": 16
        }
        """.formatted(FORM_ID);
  }

  private static void part(StringBuilder body, String boundary, String name, String file, String content) {
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name).append('"');
    if (file != null) {
      body.append("; filename=\"").append(file).append("\"\r\nContent-Type: application/octet-stream");
    }
    body.append("\r\n\r\n").append(content).append("\r\n");
  }

  private static List<String> ids(String json) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = ID.matcher(json);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  static double percentile(List<Long> sortedNanos, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
    return sortedNanos.get(Math.max(0, index)) / 1e6;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private EngineThroughputBenchmark() {}
}
