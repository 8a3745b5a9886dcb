package io.xborder.sop.reporting;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Everything under {@code /reports}, {@code /notifications} and {@code /events}, and the metrics at
 * {@code /actuator/prometheus}, needs a login: the Camunda web-app session (so a manager in
 * Cockpit sees the numbers without logging in again) or HTTP Basic against the engine's identity
 * service (scripts, spreadsheets). The reader found goes on the request for the controllers.
 * A browser sends the session cookie with any request another site makes it send, so a call that
 * changes something on the strength of the session must also carry the session's CSRF token, the
 * one Camunda's web apps keep ({@code X-XSRF-TOKEN}, from their {@code XSRF-TOKEN} cookie).
 */
@Configuration
@EnableConfigurationProperties(ReportingProperties.class)
public class ReportAuthentication {

  static final String READER = "io.xborder.sop.reporting.Reader";
  /** Before filters that judge the reader it finds (the operators' metrics are for administrators only). */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  FilterRegistrationBean<Filter> reportAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginRequired(engine));
    registration.setName("reports-authentication");
    registration.addUrlPatterns("/reports/*", "/notifications/*", "/events/*", "/actuator/prometheus");
    registration.setOrder(ORDER);
    return registration;
  }

  static class LoginRequired extends OncePerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProcessEngine engine;

    LoginRequired(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Optional<Reader> fromSession = fromWebAppSession(request);
      Optional<Reader> reader = fromSession.or(() -> fromBasic(request));
      if (reader.isEmpty()) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"xborder-sop\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in with your Camunda user");
        return;
      }
      if (fromSession.isPresent() && changesState(request) && !carriesSessionCsrfToken(request)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\": \"A change made with a web-app session needs the session's CSRF token in the "
            + CsrfConstants.CSRF_TOKEN_HEADER_NAME + " header (from the " + CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME
            + " cookie)\"}");
        return;
      }
      request.setAttribute(READER, reader.get());
      chain.doFilter(new SignedIn(request, reader.get()), response);
    }

    /** The user as the servlet API states it ({@code getRemoteUser}, {@code isUserInRole} for groups), for other controllers. */
    static class SignedIn extends HttpServletRequestWrapper {
      private final Reader reader;

      SignedIn(HttpServletRequest request, Reader reader) {
        super(request);
        this.reader = reader;
      }

      @Override
      public String getRemoteUser() {
        return reader.userId();
      }

      @Override
      public Principal getUserPrincipal() {
        return reader::userId;
      }

      @Override
      public boolean isUserInRole(String group) {
        return reader.groups().contains(group);
      }
    }

    private static boolean changesState(HttpServletRequest request) {
      return !SAFE_METHODS.contains(request.getMethod());
    }

    private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
      Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
      return expected instanceof String token && sent != null
          && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Reader> fromWebAppSession(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      if (session == null) {
        return Optional.empty();
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications == null
          || !(authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user)) {
        return Optional.empty();
      }
      return Optional.of(new Reader(user.getIdentityId(), new HashSet<>(user.getGroupIds())));
    }

    private Optional<Reader> fromBasic(HttpServletRequest request) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.startsWith("Basic ")) {
        return Optional.empty();
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon < 1) {
        return Optional.empty();
      }
      String userId = decoded.substring(0, colon);
      IdentityService identity = engine.getIdentityService();
      if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
        return Optional.empty();
      }
      HashSet<String> groups = new HashSet<>();
      identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).forEach(groups::add);
      return Optional.of(new Reader(userId, groups));
    }
  }
}
