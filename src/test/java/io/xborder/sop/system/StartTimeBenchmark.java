package io.xborder.sop.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: how long {@code java -jar} takes until {@code /actuator/health} answers 200 on an existing database
 * (H2 file in the working directory, demo organisation): one first start creates it, then {@value #STARTS} starts
 * are timed. {@code mvn -B -DskipTests -Pstart-benchmark package exec:exec}.
 */
public final class StartTimeBenchmark {

  static final int STARTS = 5;
  private static final Pattern SPRING_STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("benchmark.jar"));
    Path work = Files.createTempDirectory("xborder-start-benchmark");
    System.out.printf("%s in %s%n", jar, work);
    time("first start (creates the database)", jar, work);
    double[] seconds = new double[STARTS];
    for (int i = 0; i < STARTS; i++) {
      seconds[i] = time("start " + (i + 1) + " on the existing database", jar, work);
    }
    Arrays.sort(seconds);
    System.out.printf("median of %d starts: %.1f s until health 200 (fastest %.1f s, slowest %.1f s)%n", STARTS,
        seconds[STARTS / 2], seconds[0], seconds[STARTS - 1]);
  }

  private static double time(String label, Path jar, Path work) {
    long start = System.nanoTime();
    try (PlatformProcess platform = PlatformProcess.startJar(jar, work)) {
      double seconds = (System.nanoTime() - start) / 1e9;
      Matcher spring = SPRING_STARTED.matcher(platform.log());
      System.out.printf("%-40s %5.1f s until health 200 (Spring: started in %s s)%n", label, seconds,
          spring.find() ? spring.group(1) : "?");
      platform.stop();
      return seconds;
    }
  }

  private StartTimeBenchmark() {}
}
