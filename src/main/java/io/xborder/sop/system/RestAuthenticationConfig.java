package io.xborder.sop.system;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda REST API ships unauthenticated; this puts HTTP Basic against the engine's identity
 * service in front of all of it, the way Camunda Run does, so Modeler, scripts and the ERP log in
 * with their Camunda user and the engine's authorizations apply to every call. The product's own
 * endpoints log in the same way ({@link ProductAuthentication}).
 */
@Configuration
class RestAuthenticationConfig {

  /** Explicit, so that filters which need the authenticated user can run after this one. */
  static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter(EnginePaths paths) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EveryRequestAuthenticated());
    registration.setName("engine-rest-authentication");
    // Before the platform's other filters on the REST API, which judge the user this one logs in.
    registration.setOrder(ORDER);
    registration.addUrlPatterns(paths.rest() + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, paths.rest());
    return registration;
  }

  /** Camunda's filter lets {@code GET /engine} through anonymously; here nothing passes without a login. */
  static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
