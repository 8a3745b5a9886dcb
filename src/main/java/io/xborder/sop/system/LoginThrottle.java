package io.xborder.sop.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins slow down the address they come from, not the account they aim at. The engine's own
 * lock (per user, until an administrator unlocks) is switched off in {@code application.yaml}: with it,
 * anyone could lock out any user, the ERP's too, by sending wrong passwords. Instead every login
 * attempt — HTTP Basic anywhere ({@code /engine-rest}, {@code /reports}, {@code /notifications}, ...) and
 * the web apps' login form — passes here first; one answered 401 is a failure of its client address.
 * After {@code free-failures} an address waits (429 with {@code Retry-After}) before its next attempt
 * is even checked, twice as long after each further failure up to {@code max-delay}; its failures are
 * forgotten {@code forget-after} the last one. The address is the connection's: {@code X-Forwarded-For}
 * is trusted only when Spring's {@code server.forward-headers-strategy} says so (behind a load balancer).
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleSettings.class)
class LoginThrottle extends OncePerRequestFilter {

  private static final String TABLE = "XB_LOGIN_FAILURE";

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final Pattern webAppLogin;
  /** Failures by client address, in the shared database: every node counts them together. */
  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  LoginThrottle(LoginThrottleSettings settings,
      EnginePaths paths,
      JdbcClient jdbc, PlatformTransactionManager transactions, DatabaseLocks locks) {
    this.settings = settings;
    this.clock = Clock.systemUTC();
    this.webAppLogin = Pattern.compile(Pattern.quote(paths.webApps()) + "/api/admin/auth/user/[^/]+/login/[^/]+");
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Nodes starting together would both find the table missing and the second CREATE fail.
    ownTransaction.executeWithoutResult(status -> {
      locks.lockForTransaction(TABLE);
      jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " (SOURCE_ VARCHAR(255) NOT NULL PRIMARY KEY,"
          + " COUNT_ INTEGER NOT NULL, LAST_MILLIS_ BIGINT NOT NULL, BLOCKED_UNTIL_MILLIS_ BIGINT)").update();
    });
  }

  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottleRegistration() {
    FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(this);
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String source = request.getRemoteAddr();
    Duration wait = waitFor(source);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"TooManyFailedLogins\",\"message\":\"Too many failed logins from "
          + "this address; try again in " + seconds + " s\"}");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failed(source);
    }
  }

  private boolean isLoginAttempt(HttpServletRequest request) {
    return request.getHeader("Authorization") != null
        || ("POST".equals(request.getMethod())
            && webAppLogin.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches());
  }

  private Duration waitFor(String source) {
    Failures known = current(source, "");
    if (known == null || known.blockedUntil == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), known.blockedUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** One transaction per failure, the address's row locked: failures on several nodes at once all count. */
  private void failed(String source) {
    try {
      count(source);
    } catch (DuplicateKeyException anotherNodeMadeTheRowFirst) {
      count(source);
    }
  }

  private void count(String source) {
    ownTransaction.executeWithoutResult(status -> {
      Instant now = clock.instant();
      jdbc.sql("INSERT INTO " + TABLE + " (SOURCE_, COUNT_, LAST_MILLIS_) SELECT :source, 0, :now"
          + " WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + " WHERE SOURCE_ = :source)")
          .param("source", source).param("now", now.toEpochMilli()).update();
      Failures known = current(source, " FOR UPDATE");
      int count = known == null ? 1 : known.count + 1;
      int beyondFree = count - settings.freeFailures();
      Instant blockedUntil = beyondFree <= 0 ? null : now.plus(delay(beyondFree));
      jdbc.sql("UPDATE " + TABLE + " SET COUNT_ = :count, LAST_MILLIS_ = :now, BLOCKED_UNTIL_MILLIS_ = :until"
              + " WHERE SOURCE_ = :source")
          .param("count", count).param("now", now.toEpochMilli())
          .param("until", blockedUntil == null ? null : blockedUntil.toEpochMilli()).param("source", source).update();
      // Forgotten addresses go, and beyond max-sources the longest quiet.
      jdbc.sql("DELETE FROM " + TABLE + " WHERE LAST_MILLIS_ < :forgotten OR LAST_MILLIS_ <= (SELECT LAST_MILLIS_ FROM "
              + TABLE + " ORDER BY LAST_MILLIS_ DESC LIMIT 1 OFFSET :max)")
          .param("forgotten", now.minus(settings.forgetAfter()).toEpochMilli()).param("max", settings.maxSources())
          .update();
    });
  }

  /** The wait after the n-th failure beyond the free ones: first-delay, doubled each time, at most max-delay. */
  private Duration delay(int beyondFree) {
    Duration delay = settings.firstDelay();
    for (int i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  /** The address's failures unless forgotten (a count of 0: the row a first failure has just made). */
  private Failures current(String source, String lock) {
    Failures known = jdbc.sql("SELECT COUNT_, LAST_MILLIS_, BLOCKED_UNTIL_MILLIS_ FROM " + TABLE + " WHERE SOURCE_ = :source"
            + lock)
        .param("source", source)
        .query((row, number) -> new Failures(row.getInt(1), Instant.ofEpochMilli(row.getLong(2)),
            row.getObject(3) == null ? null : Instant.ofEpochMilli(row.getLong(3))))
        .optional().orElse(null);
    if (known == null || known.count == 0 || known.last.plus(settings.forgetAfter()).isBefore(clock.instant())) {
      return null;
    }
    return known;
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}
}
