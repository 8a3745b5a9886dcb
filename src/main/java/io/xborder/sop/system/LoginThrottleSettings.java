package io.xborder.sop.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xborder.login-throttle.*}: how many failed logins a client address has before it must wait,
 * the first and the longest wait, when its failures are forgotten, and how many addresses are tracked.
 */
@ConfigurationProperties("xborder.login-throttle")
record LoginThrottleSettings(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
    int maxSources) {

  LoginThrottleSettings {
    if (freeFailures < 0 || maxSources < 1 || firstDelay == null || maxDelay == null || forgetAfter == null
        || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException("xborder.login-throttle: free-failures >= 0, max-sources >= 1 and "
          + "0 <= first-delay <= max-delay <= forget-after are required");
    }
  }
}
