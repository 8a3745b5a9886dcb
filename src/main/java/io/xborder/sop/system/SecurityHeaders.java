package io.xborder.sop.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser may do with the product's own answers (project board, landing redirect, reports,
 * notifications, REST, error pages): run and load only what this server serves, be framed only by
 * its own pages, and never guess a content type. Camunda's web apps under their application path
 * send their own policy ({@code camunda.bpm.webapp.header-security}), which their pages need.
 */
@Configuration
class SecurityHeaders extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  private final String webAppPath;

  SecurityHeaders(EnginePaths paths) {
    this.webAppPath = paths.webApps() + "/";
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(this);
    registration.addUrlPatterns("/*");
    // Error pages too: a refusal rendered for a browser is a page like any other.
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean camundaWebApp = request.getDispatcherType() == DispatcherType.REQUEST
        && request.getRequestURI().startsWith(request.getContextPath() + webAppPath);
    if (!camundaWebApp) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
    chain.doFilter(request, response);
  }
}
