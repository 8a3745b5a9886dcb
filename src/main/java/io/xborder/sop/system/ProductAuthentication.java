package io.xborder.sop.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * The product's own endpoints — {@code /reports}, {@code /notifications}, {@code /events} and the
 * metrics at {@code /actuator/prometheus} — log in with the REST API's mechanism: Camunda's
 * authentication filter and HTTP Basic provider ({@link RestAuthenticationConfig}), so the same
 * credentials, the same 401 challenge and the same {@link LoginThrottle} apply. One addition: the
 * Camunda web-app session is accepted too, so a manager in Cockpit sees the numbers without logging in
 * again. The caller goes on the request ({@link Caller}, {@code getRemoteUser}, {@code isUserInRole}
 * for groups), not into the engine: these endpoints judge the caller by their own rules and then act
 * as the platform, so no engine authorization narrows a report or an event's delivery.
 * A browser sends the session cookie with any request another site makes it send, so a call that
 * changes something on the strength of the session must also carry the session's CSRF token, the
 * one Camunda's web apps keep ({@code X-XSRF-TOKEN}, from their {@code XSRF-TOKEN} cookie).
 */
@Configuration
public class ProductAuthentication {

  /** Before filters that judge the caller it finds (the operators' metrics are for administrators only). */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  private static final String SIGNED_IN = ProductAuthentication.class.getName() + ".signedIn";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  FilterRegistrationBean<Filter> productAuthenticationFilter(LoginCache logins) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CallerOnTheRequest(logins));
    registration.setName("product-authentication");
    registration.addUrlPatterns("/reports/*", "/notifications/*", "/events/*", "/actuator/prometheus");
    registration.setOrder(ORDER);
    return registration;
  }

  /** How the caller logged in: a web-app session must prove a change with its CSRF token. */
  private record SignedIn(Caller caller, boolean bySession) {}

  static class CallerOnTheRequest extends RestAuthenticationConfig.EveryRequestAuthenticated {

    /** The paths need no prefix. */
    CallerOnTheRequest(LoginCache logins) {
      super(new WebAppSessionOrBasic(logins), "");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      super.doFilter(request, response, (authenticated, answer) -> {
        HttpServletRequest http = (HttpServletRequest) authenticated;
        SignedIn signedIn = (SignedIn) http.getAttribute(SIGNED_IN);
        if (signedIn.bySession() && !SAFE_METHODS.contains(http.getMethod()) && !carriesSessionCsrfToken(http)) {
          HttpServletResponse refused = (HttpServletResponse) answer;
          refused.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
          ProblemAnswers.write(refused, HttpStatus.FORBIDDEN, "A change made with a web-app session needs the session's"
              + " CSRF token in the " + CsrfConstants.CSRF_TOKEN_HEADER_NAME + " header (from the "
              + CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME + " cookie)");
          return;
        }
        chain.doFilter(new WithCaller(http, signedIn.caller()), answer);
      });
    }

    /** Not into the engine (see the class comment); the caller is on the request already. */
    @Override
    protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds, List<String> tenantIds) {
    }

    private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
      Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
      return expected instanceof String token && sent != null
          && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The web-app session's user, else Camunda's HTTP Basic against the engine's identity service. */
  static class WebAppSessionOrBasic extends CachingBasicAuthentication {

    WebAppSessionOrBasic(LoginCache logins) {
      super(logins);
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      UserAuthentication webAppUser = WebAppLogins.user(request.getSession(false), engine.getName());
      if (webAppUser != null) {
        request.setAttribute(SIGNED_IN, new SignedIn(new Caller(webAppUser.getIdentityId(), Set.copyOf(webAppUser.getGroupIds())), true));
        return AuthenticationResult.successful(webAppUser.getIdentityId());
      }
      AuthenticationResult basic = super.extractAuthenticatedUser(request, engine);
      if (basic.isAuthenticated()) {
        request.setAttribute(SIGNED_IN,
            new SignedIn(new Caller(basic.getAuthenticatedUser(), Set.copyOf(basic.getGroups())), false));
      }
      return basic;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      super.augmentResponseByAuthenticationChallenge(response, engine);
      try {
        ProblemAnswers.write(response, HttpStatus.UNAUTHORIZED, "Log in with your Camunda user");
      } catch (IOException clientGone) {
        throw new UncheckedIOException(clientGone);
      }
    }
  }

  /** The caller as the servlet API states it, for the controllers. */
  private static class WithCaller extends HttpServletRequestWrapper {
    private final Caller caller;

    WithCaller(HttpServletRequest request, Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public String getRemoteUser() {
      return caller.userId();
    }

    @Override
    public Principal getUserPrincipal() {
      return caller;
    }

    @Override
    public boolean isUserInRole(String group) {
      return caller.isMemberOf(group);
    }
  }
}
