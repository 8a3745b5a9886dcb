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
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Everything under {@code /reports}, {@code /notifications} and {@code /events} needs a login: the Camunda web-app session (so a manager in
 * Cockpit sees the numbers without logging in again) or HTTP Basic against the engine's identity
 * service (scripts, spreadsheets). The reader found goes on the request for the controllers.
 */
@Configuration
@EnableConfigurationProperties(ReportingProperties.class)
class ReportAuthentication {

  static final String READER = "io.xborder.sop.reporting.Reader";

  @Bean
  FilterRegistrationBean<Filter> reportAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginRequired(engine));
    registration.setName("reports-authentication");
    registration.addUrlPatterns("/reports/*", "/notifications/*", "/events/*");
    return registration;
  }

  static class LoginRequired extends OncePerRequestFilter {
    private final ProcessEngine engine;

    LoginRequired(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Optional<Reader> reader = fromWebAppSession(request).or(() -> fromBasic(request));
      if (reader.isEmpty()) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"xborder-sop\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in with your Camunda user");
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
