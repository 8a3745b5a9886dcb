package io.xborder.sop.browser;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/** The browser acts asynchronously; tests wait for the engine to show the effect. */
final class Awaiting {

  private static final Duration POLL = Duration.ofMillis(250);

  private Awaiting() {}

  static boolean until(BooleanSupplier condition) {
    try {
      await().atMost(BrowserSession.PATIENCE).pollInterval(POLL).pollInSameThread().until(condition::getAsBoolean);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  /** The first non-null answer of the supplier, or an assertion error naming what never came. */
  static <T> T value(String what, Supplier<T> supplier) {
    try {
      return await(what).atMost(BrowserSession.PATIENCE).pollInterval(POLL).pollInSameThread()
          .until(supplier::get, Objects::nonNull);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("No " + what + " within " + BrowserSession.PATIENCE.toSeconds() + " s", e);
    }
  }
}
