package io.xborder.sop.browser;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The browser acts asynchronously; tests wait for the engine to show the effect. */
final class Awaiting {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private Awaiting() {}

  static boolean until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
