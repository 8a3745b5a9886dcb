package io.xborder.sop.system;

import io.xborder.sop.identity.Role;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Integration accounts deliver events at {@code /events} and do nothing else: every call they make to
 * the engine's REST API and to the web apps (their login included) is refused with 403. Their group
 * has no engine permission, but the engine still lets any logged-in user reach some things (the
 * web apps' Welcome page, their own profile, messages to instances they could never read); this
 * fence keeps the rule whatever an administrator later grants the group in Admin.
 */
@Configuration
class IntegrationAccountFence {

  @Bean
  FilterRegistrationBean<Filter> integrationAccountFenceFilter(ProcessEngine engine,
      EnginePaths paths) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Fence(engine, paths.webApps() + "/api/admin/auth/user/"));
    registration.setName("integration-account-fence");
    registration.addUrlPatterns(paths.rest() + "/*", paths.webApps() + "/api/*");
    // After the REST API's authentication, which tells the engine who is calling.
    registration.setOrder(RestAuthenticationConfig.ORDER + 1);
    return registration;
  }

  static class Fence extends OncePerRequestFilter {

    /** A web-app login form is a user name and a password; anything longer is not one. */
    private static final int MAX_LOGIN_FORM_BYTES = 16 * 1024;

    private final ProcessEngine engine;
    private final String loginPath;

    Fence(ProcessEngine engine, String loginPath) {
      this.engine = engine;
      this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpServletRequest passedOn = request;
      Optional<String> account = engineRestCaller().or(() -> webAppSessionUser(request.getSession(false)));
      if (account.isEmpty() && isWebAppLogin(request)) {
        byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM_BYTES + 1);
        if (form.length > MAX_LOGIN_FORM_BYTES) {
          response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Not a login form");
          return;
        }
        account = formField(new String(form, StandardCharsets.UTF_8), "username").filter(this::isIntegrationAccount);
        passedOn = new ReplayedRequest(request, form);
      }
      if (account.isPresent()) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"'" + account.get()
            + "' is an integration account: it delivers events at POST /events/{eventName} and may not use the"
            + " engine's REST API or the web apps\"}");
        return;
      }
      chain.doFilter(passedOn, response);
    }

    /** Who the REST API's Basic authentication let in, if an integration account. */
    private Optional<String> engineRestCaller() {
      var caller = engine.getIdentityService().getCurrentAuthentication();
      return caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Role.INTEGRATIONS.groupId())
          ? Optional.of(caller.getUserId()) : Optional.empty();
    }

    /** An integration account logged into the web apps, on any engine, by a session from before this fence. */
    private static Optional<String> webAppSessionUser(HttpSession session) {
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (authentications == null) {
        return Optional.empty();
      }
      return authentications.getAuthentications().stream()
          .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
          .filter(user -> user.getGroupIds() != null && user.getGroupIds().contains(Role.INTEGRATIONS.groupId()))
          .map(UserAuthentication::getIdentityId).findFirst();
    }

    private boolean isWebAppLogin(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return "POST".equals(request.getMethod()) && path.startsWith(loginPath) && path.contains("/login/");
    }

    private boolean isIntegrationAccount(String userId) {
      return engine.getIdentityService().createUserQuery().userId(userId)
          .memberOfGroup(Role.INTEGRATIONS.groupId()).count() > 0;
    }

    /** The first value of a field of an application/x-www-form-urlencoded body, as Camunda's login reads it. */
    private static Optional<String> formField(String form, String name) {
      try {
        for (String pair : form.split("&")) {
          int equals = pair.indexOf('=');
          if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
            return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
          }
        }
      } catch (IllegalArgumentException malformed) {
        // Camunda's login refuses it too.
      }
      return Optional.empty();
    }
  }

}
