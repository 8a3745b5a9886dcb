package io.xborder.sop.system;

import static org.awaitility.Awaitility.await;

import io.xborder.sop.XborderSopApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The platform as an operating-system process of its own, started the way an operator starts it
 * (main class, default configuration, working directory holding {@code ./data}), so a test can
 * kill it with SIGKILL. The classpath is the build's without the test classes and resources: the
 * tests' {@code config/application.yaml} would replace the file database with an in-memory one.
 */
public final class PlatformProcess implements AutoCloseable {

  private static final Duration START_PATIENCE = Duration.ofMinutes(10);
  /** Start-up speed over peak speed: a test's platform lives a few seconds. */
  private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto");

  private final Process process;
  private final int port;
  private final Path log;

  private PlatformProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts in {@code workingDirectory} and returns once {@code /actuator/health} answers 200. */
  public static PlatformProcess start(Path workingDirectory, String... settings) {
    return start(workingDirectory, mainClass(SHORT_LIVED, mainClasspath()), settings);
  }

  /**
   * As {@link #start(Path, String...)} with the JVM's defaults (full JIT), as an operator runs it for hours:
   * for benchmarks that time requests rather than the start.
   */
  public static PlatformProcess startLongLived(Path workingDirectory, String... settings) {
    return start(workingDirectory, mainClass(List.of(), mainClasspath()), settings);
  }

  /** The packaged platform as its README says to run it: {@code java -jar}, the JVM's defaults. */
  public static PlatformProcess startJar(Path jar, Path workingDirectory, String... settings) {
    return start(workingDirectory, List.of("-jar", jar.toAbsolutePath().toString()), settings);
  }

  /**
   * A Spring Boot application with actuator's health endpoint, for load: full JIT (no start-up flags) and
   * the given JVM options. The platform gets the build's classpath without the tests (as {@link #start}),
   * any other main class (one among the tests) the whole test classpath.
   */
  public static PlatformProcess startForLoad(Path workingDirectory, List<String> jvmOptions, String mainClass,
      String... settings) {
    List<String> java = new ArrayList<>(jvmOptions);
    java.addAll(List.of("-cp",
        mainClass.equals(XborderSopApplication.class.getName()) ? mainClasspath() : testClasspath(), mainClass));
    return start(workingDirectory, java, settings);
  }

  /**
   * As {@link #start(Path, String...)}, with {@code overlay} first on the classpath: its files (e.g. an
   * edited {@code processes/project-kickoff.bpmn}) stand in for the build's, as in another release's jar.
   */
  public static PlatformProcess startWithOverlay(Path overlay, Path workingDirectory, String... settings) {
    return start(workingDirectory, mainClass(SHORT_LIVED, overlay + File.pathSeparator + mainClasspath()), settings);
  }

  private static List<String> mainClass(List<String> jvmOptions, String classpath) {
    List<String> launch = new ArrayList<>(jvmOptions);
    launch.addAll(List.of("-cp", classpath, XborderSopApplication.class.getName()));
    return launch;
  }

  /** {@code launch}: what follows {@code java} up to the platform's own arguments. */
  private static PlatformProcess start(Path workingDirectory, List<String> launch, String... settings) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "-Duser.timezone=UTC"));
    command.addAll(launch);
    command.add("--server.port=" + port);
    Arrays.stream(settings).map(setting -> "--" + setting).forEach(command::add);
    Path log = workingDirectory.resolve("platform-" + port + ".log");
    try {
      Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      PlatformProcess platform = new PlatformProcess(process, port, log);
      platform.awaitHealthy();
      return platform;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The platform's output so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** SIGTERM, as an operator stops it: the platform closes its engine and database, then exits. */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** SIGKILL: no shutdown hook, no connection pool closing, no database close. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).build();
    try {
      await("the platform on port " + port + " answering /actuator/health with 200")
          .atMost(START_PATIENCE).pollInterval(Duration.ofMillis(100)).pollInSameThread()
          .failFast("the platform process exited", () -> !process.isAlive())
          .ignoreExceptionsInstanceOf(IOException.class)
          .until(() -> client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    } catch (ConditionTimeoutException | TerminalFailureException e) {
      close();
      throw new AssertionError(e.getMessage() + "; its log ends with:\n" + logTail(), e);
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String mainClasspath() {
    return Arrays.stream(testClasspath().split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** Under {@code mvn exec:java} the test classpath is a class loader's, not the JVM's. */
  private static String testClasspath() {
    if (PlatformProcess.class.getClassLoader() instanceof URLClassLoader loader) {
      return Arrays.stream(loader.getURLs()).map(url -> {
        try {
          return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }).collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
