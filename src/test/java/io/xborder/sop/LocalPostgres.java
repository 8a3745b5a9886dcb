package io.xborder.sop;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the build's {@code postgresql} test run, started from Debian's
 * {@code postgresql} package (which {@code .ci/run} installs) in a temporary directory on a free
 * port, and stopped by the test context that uses it as it closes. PostgreSQL refuses to run as root, so as root it runs as
 * the package's {@code postgres} user.
 */
final class LocalPostgres {

  private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
  private static final String USER = "xborder";
  private static String url;
  private static Runnable stop;

  private LocalPostgres() {}

  /** Starts the server on first use; the JDBC URL of its database, user {@value #USER}, no password (local trust). */
  static synchronized String url() {
    if (url == null) {
      try {
        url = start();
      } catch (IOException e) {
        throw new IllegalStateException("Could not start a local PostgreSQL server: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return url;
  }

  /** Stops the server and deletes its files; to be called once its last user, the Spring context, has closed. */
  static synchronized void stop() {
    if (stop != null) {
      stop.run();
      stop = null;
      url = null;
    }
  }

  static String user() {
    return USER;
  }

  private static String start() throws IOException, InterruptedException {
    Path bin = serverBinaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path home = Files.createTempDirectory("xborder-postgres");
    if (root) {
      UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(home, users.lookupPrincipalByName("postgres"));
    }
    Path data = home.resolve("data");
    run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync");
    int port = freePort();
    run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("server.log").toString(), "-w",
        "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off", "start");
    // A test JVM without a Spring context on it (a cluster test's platforms run in processes of their own) stops it on exit.
    Runtime.getRuntime().addShutdownHook(new Thread(LocalPostgres::stop));
    stop = () -> {
      try {
        run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop");
        try (Stream<Path> files = Files.walk(home)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      } catch (IOException | InterruptedException e) {
        System.err.println("Local PostgreSQL in " + home + " not stopped: " + e.getMessage());
      }
    };
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The newest installed server version's binaries. */
  private static Path serverBinaries() throws IOException {
    if (Files.isDirectory(INSTALLATIONS)) {
      try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
        var found = versions.map(version -> version.resolve("bin"))
            .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
            .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw new IOException("no PostgreSQL server under " + INSTALLATIONS + "; install Debian's postgresql package (.ci/run does)");
  }

  private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (asPostgres) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", line) + " failed: " + output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
