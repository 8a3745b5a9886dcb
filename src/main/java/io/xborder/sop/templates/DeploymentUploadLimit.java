package io.xborder.sop.templates;

import io.xborder.sop.system.EnginePaths;
import io.xborder.sop.system.ReplayedRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API reads a whole multipart deployment into memory before the engine (and the
 * lint) sees it, and Spring's multipart limits do not apply to it (Jersey parses the body itself).
 * So the upload is cut off here, at {@code xborder.deployment.max-size}, with 400 and the reason,
 * before more than that is read.
 */
@Configuration
class DeploymentUploadLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> deploymentUploadLimitFilter(DeploymentLimits limits,
      EnginePaths paths) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new UploadLimit(limits));
    registration.setName("deployment-upload-limit");
    registration.addUrlPatterns(paths.rest() + "/*");
    return registration;
  }

  private static final class UploadLimit extends OncePerRequestFilter {

    private final DeploymentLimits limits;

    UploadLimit(DeploymentLimits limits) {
      this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      // Also /engine/{name}/deployment/create, the same resource under an engine's name.
      return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/deployment/create");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long max = limits.maxSize().toBytes();
      if (request.getContentLengthLong() > max) {
        refuse(response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        refuse(response);
        return;
      }
      chain.doFilter(new ReplayedRequest(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"The deployment is larger than "
          + limits.maxSize() + " (xborder.deployment.max-size); each file may have at most " + limits.maxResourceSize()
          + " (xborder.deployment.max-resource-size)\"}");
    }
  }

}
