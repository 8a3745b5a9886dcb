package io.xborder.sop.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Jobs, job definitions, job log and incidents are what Cockpit shows: only people who may open Cockpit
 * query them, in the REST API and in the web apps' engine API alike; others get 403. The engine already
 * hides every project's jobs from those without rights on the project; this is the second line for the
 * jobs that belong to no process (history cleanup, batches), which the engine shows to every reader.
 */
@Configuration
class JobApiAccessFilter extends OncePerRequestFilter {

  /** Ordered after {@link RestAuthenticationConfig}'s filter, which sets the REST caller. */
  static final int ORDER = RestAuthenticationConfig.ORDER + 1;

  private static final String COCKPIT = "cockpit";
  private static final Pattern JOB_RESOURCES = Pattern.compile("/(job|job-definition|incident|history/job-log|history/incident)(/.*)?");

  private final ProcessEngine engine;
  private final String restPath;
  private final String webAppEnginePath;

  JobApiAccessFilter(ProcessEngine engine, EnginePaths paths) {
    this.engine = engine;
    this.restPath = paths.rest();
    this.webAppEnginePath = paths.webApps() + "/api/engine/engine/";
  }

  @Bean
  FilterRegistrationBean<JobApiAccessFilter> jobApiAccess() {
    FilterRegistrationBean<JobApiAccessFilter> registration = new FilterRegistrationBean<>(this);
    registration.setUrlPatterns(List.of(restPath + "/*", webAppEnginePath + "*"));
    registration.setOrder(ORDER);
    return registration;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Boolean mayOpenCockpit = null;
    if (path.startsWith(webAppEnginePath)) {
      // {webapp}/api/engine/engine/{engine name}/{resource...}
      String rest = path.substring(webAppEnginePath.length());
      int slash = rest.indexOf('/');
      if (slash > 0 && JOB_RESOURCES.matcher(rest.substring(slash)).matches()) {
        mayOpenCockpit = webAppUserMayOpenCockpit(request, rest.substring(0, slash));
      }
    } else if (path.startsWith(restPath) && JOB_RESOURCES.matcher(path.substring(restPath.length())).matches()) {
      mayOpenCockpit = restUserMayOpenCockpit();
    }
    if (Boolean.FALSE.equals(mayOpenCockpit)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":"
          + "\"Jobs, job definitions, job log and incidents are shown to Cockpit users only\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Null when nobody is logged in: the authentication filters answer that with 401. */
  private Boolean restUserMayOpenCockpit() {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    return user == null ? null : engine.getAuthorizationService().isUserAuthorized(user.getUserId(),
        user.getGroupIds(), Permissions.ACCESS, Resources.APPLICATION, COCKPIT);
  }

  private static Boolean webAppUserMayOpenCockpit(HttpServletRequest request, String engineName) {
    Authentications authentications = request.getSession(false) == null ? null
        : AuthenticationUtil.getAuthsFromSession(request.getSession(false));
    var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? user.isAuthorizedForApp(COCKPIT) : null;
  }
}
