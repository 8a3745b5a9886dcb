package io.xborder.sop.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final Pattern webAppLogin;
  /** Failures by client address, least recently failing first, at most {@code max-sources} of them. */
  private final Map<String, Failures> failures;

  LoginThrottle(LoginThrottleSettings settings,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webAppPath) {
    this.settings = settings;
    this.clock = Clock.systemUTC();
    this.webAppLogin = Pattern.compile(Pattern.quote(webAppPath) + "/api/admin/auth/user/[^/]+/login/[^/]+");
    this.failures = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > settings.maxSources();
      }
    };
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

  private synchronized Duration waitFor(String source) {
    Failures known = current(source);
    if (known == null || known.blockedUntil == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), known.blockedUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private synchronized void failed(String source) {
    Instant now = clock.instant();
    Failures known = current(source);
    int count = known == null ? 1 : known.count + 1;
    int beyondFree = count - settings.freeFailures();
    Instant blockedUntil = beyondFree <= 0 ? null : now.plus(delay(beyondFree));
    failures.put(source, new Failures(count, now, blockedUntil));
  }

  /** The wait after the n-th failure beyond the free ones: first-delay, doubled each time, at most max-delay. */
  private Duration delay(int beyondFree) {
    Duration delay = settings.firstDelay();
    for (int i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  /** The address's failures unless forgotten. */
  private Failures current(String source) {
    Failures known = failures.get(source);
    if (known != null && known.last.plus(settings.forgetAfter()).isBefore(clock.instant())) {
      failures.remove(source);
      return null;
    }
    return known;
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}
}
