package io.xborder.sop.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda REST API ships unauthenticated; this puts HTTP Basic against the engine's identity
 * service in front of all of it, the way Camunda Run does, so Modeler, scripts and the ERP log in
 * with their Camunda user and the engine's authorizations apply to every call. The product's own
 * endpoints log in the same way ({@link ProductAuthentication}). A successful login is remembered for
 * a short time ({@link LoginCache}).
 */
@Configuration
class RestAuthenticationConfig {

  /** Explicit, so that filters which need the authenticated user can run after this one. */
  static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter(EnginePaths paths, LoginCache logins) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new EveryRequestAuthenticated(new CachingBasicAuthentication(logins), paths.rest()));
    registration.setName("engine-rest-authentication");
    // Before the platform's other filters on the REST API, which judge the user this one logs in.
    registration.setOrder(ORDER);
    registration.addUrlPatterns(paths.rest() + "/*");
    return registration;
  }

  /** Camunda's filter lets {@code GET /engine} through anonymously; here nothing passes without a login. */
  static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {
    private final AuthenticationProvider provider;
    private final String pathPrefix;

    EveryRequestAuthenticated(AuthenticationProvider provider, String pathPrefix) {
      this.provider = provider;
      this.pathPrefix = pathPrefix;
    }

    /** Configured here rather than by init parameters: the provider is made with its cache, not by reflection. */
    @Override
    public void init(FilterConfig config) {
      authenticationProvider = provider;
      servletPathPrefix = pathPrefix;
    }

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
