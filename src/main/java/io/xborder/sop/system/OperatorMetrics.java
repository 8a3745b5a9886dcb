package io.xborder.sop.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.xborder.sop.system.engine.NodeName;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.actuate.autoconfigure.metrics.MeterRegistryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} for platform administrators: the JVM, connection pool and HTTP metrics
 * Spring Boot measures, and the engine's work in hand, all tagged with this node's name. Anyone else
 * gets 401 without a login ({@link ProductAuthentication} asks for it) and 403 with one.
 */
@Configuration
class OperatorMetrics {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> prometheusForAdministrators() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!request.isUserInRole(Groups.CAMUNDA_ADMIN)) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN, "Metrics are for platform administrators");
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("prometheus-for-administrators");
    registration.addUrlPatterns("/actuator/prometheus");
    registration.setOrder(ProductAuthentication.ORDER + 1);
    return registration;
  }

  @Bean
  MeterRegistryCustomizer<MeterRegistry> nodeTag(NodeName node) {
    return registry -> registry.config().commonTags("node", node.get());
  }

  /** Counted in the shared database at each scrape: the same on every node, so sum by nothing but read any one. */
  @Bean
  MeterBinder engineWork(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    return registry -> {
      gauge(registry, "xborder.jobs.executable", "Jobs due now with retries left, waiting for or running on a node",
          () -> management.createJobQuery().executable().count());
      gauge(registry, "xborder.jobs.failed", "Jobs out of retries: incidents in Cockpit",
          () -> management.createJobQuery().noRetriesLeft().count());
      gauge(registry, "xborder.projects.running", "Running process instances",
          () -> engine.getRuntimeService().createProcessInstanceQuery().count());
    };
  }

  private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }
}
