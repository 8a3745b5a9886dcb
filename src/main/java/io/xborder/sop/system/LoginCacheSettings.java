package io.xborder.sop.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xborder.login-cache.*}: how long a successful HTTP Basic login is remembered ({@code 0}: not at
 * all) and for how many distinct credentials at most.
 */
@ConfigurationProperties("xborder.login-cache")
record LoginCacheSettings(Duration timeToLive, int maxEntries) {

  LoginCacheSettings {
    if (timeToLive == null || timeToLive.isNegative() || maxEntries < 1) {
      throw new IllegalArgumentException("xborder.login-cache: time-to-live >= 0 and max-entries >= 1 are required");
    }
  }
}
