package io.xborder.sop.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda CE guards the Cockpit and Admin plugin APIs by login only, so anyone logged into
 * Tasklist — an outside agency too — could call them. Here a plugin API call needs access to the
 * app the plugin belongs to, the same right that lets a person open that app.
 */
@Configuration
class WebAppApiAccessFilter extends OncePerRequestFilter {

  private static final String[] GUARDED_APPS = {"cockpit", "admin"};

  private final String apiPath;

  WebAppApiAccessFilter(EnginePaths paths) {
    this.apiPath = paths.webApps() + "/api/";
  }

  @Bean
  FilterRegistrationBean<WebAppApiAccessFilter> webAppApiAccess() {
    FilterRegistrationBean<WebAppApiAccessFilter> registration = new FilterRegistrationBean<>(this);
    for (String app : GUARDED_APPS) {
      registration.addUrlPatterns(apiPath + app + "/plugin/*");
    }
    return registration;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // {api}/{app}/plugin/{plugin}/{engine or "static"}/...
    String[] path = request.getRequestURI().substring(request.getContextPath().length() + apiPath.length()).split("/");
    if (path.length < 4 || path[3].equals("static")) {
      chain.doFilter(request, response);
      return;
    }
    // Without a login Camunda's own filters answer 401; only logged-in users are judged here.
    UserAuthentication user = WebAppLogins.user(request.getSession(false), path[3]);
    if (user != null && !user.isAuthorizedForApp(path[0])) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"User '" + user.getIdentityId()
          + "' has no access to the " + path[0] + " application\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
