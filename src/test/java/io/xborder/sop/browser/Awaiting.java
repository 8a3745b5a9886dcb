package io.xborder.sop.browser;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/** The browser acts asynchronously; tests wait for the engine to show the effect. */
final class Awaiting {

  private static final Duration POLL = Duration.ofMillis(250);

  private Awaiting() {}

  static boolean until(BooleanSupplier condition) {
    try {
      return value("the condition", () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    } catch (AssertionError e) {
      return false;
    }
  }

  /** The first non-null answer of the supplier, or an assertion error naming what never came. */
  static <T> T value(String what, Supplier<T> supplier) {
    try {
      return new FluentWait<>(supplier).withTimeout(BrowserSession.PATIENCE).pollingEvery(POLL)
          .until(Supplier::get);
    } catch (TimeoutException e) {
      throw new AssertionError("No " + what + " within " + BrowserSession.PATIENCE.toSeconds() + " s", e);
    }
  }
}
