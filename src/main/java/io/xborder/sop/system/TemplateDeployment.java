package io.xborder.sop.system;

import io.xborder.sop.system.engine.ClusterStartLock;
import io.xborder.sop.system.engine.NodeName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the repository's {@code processes/}, {@code dmn/} and {@code forms/} when the engine
 * starts, as one deployment that carries only what changed since the last start: an unchanged
 * restart creates no new versions, and editing one file versions that definition alone.
 *
 * <p>Templates move forward only: a node whose release ({@code xborder.release}, the build's version) is
 * older than the release that last deployed them deploys nothing and keeps the newer templates.
 *
 * <p>The starter's own auto-deployment is switched off because it re-deploys every resource as
 * soon as any one of them changes, and it leaves forms out.
 */
@Component
@Order(TemplateDeployment.ORDER)
public class TemplateDeployment implements StartUpStep {

  /** After the organisation exists, so the first deployment is already made under its rules. */
  public static final int ORDER = 100;

  public static final String DEPLOYMENT_NAME = "xborder-sop-templates";
  /** Each template folder with the file type it holds. */
  public static final Map<String, String> TEMPLATE_FOLDERS = Map.of("processes", "bpmn", "dmn", "dmn", "forms", "form");

  private static final Logger log = LoggerFactory.getLogger(TemplateDeployment.class);

  private final ResourcePatternResolver resources;
  private final TemplateReleases releases;
  private final String release;
  private final NodeName node;
  private final PlatformClock clock;

  TemplateDeployment(ResourcePatternResolver resources, TemplateReleases releases,
      ThisNode thisNode, NodeName node, PlatformClock clock) {
    this.resources = resources;
    this.releases = releases;
    this.release = thisNode.release();
    this.node = node;
    this.clock = clock;
  }

  /** Runs under the start-up lock ({@link ClusterStartLock}): one node at a time looks and deploys. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Optional<String> newest = releases.newest();
    if (newest.isPresent() && TemplateReleases.isOlder(release, newest.get())) {
      log.warn("Keeping the newer templates of release {}: this node runs the older release {} and deploys none of its own",
          newest.get(), release);
      return;
    }
    Date before = clock.date();
    DeploymentWithDefinitions deployment = deploy(engine);
    if (deployment == null) {
      log.warn("No templates found in processes/, dmn/ or forms/");
    } else if (deployment.getDeploymentTime().before(before)) {
      log.info("Templates unchanged since deployment {}", deployment.getId());
    } else {
      log.info("Templates deployed: deployment {} holds the {} changed file(s)",
          deployment.getId(), engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()).size());
    }
    releases.record(release, node.get());
  }

  /** Deploys what changed; returns the deployment now holding the latest files, or null if there are none. */
  public DeploymentWithDefinitions deploy(ProcessEngine engine) {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    Set<String> names = new HashSet<>();
    for (var folder : TEMPLATE_FOLDERS.entrySet()) {
      for (Resource resource : find("classpath*:" + folder.getKey() + "/*." + folder.getValue())) {
        // The first on the classpath wins, as for any class or resource.
        if (names.add(resourceName(folder.getKey(), resource))) {
          builder.addInputStream(resourceName(folder.getKey(), resource), open(resource));
        }
      }
    }
    return names.isEmpty() ? null : builder.deployWithResult();
  }

  /** "processes/store-opening.bpmn": the same name in the IDE, in the jar and on every machine. */
  static String resourceName(String folder, Resource resource) {
    String url = url(resource);
    return url.substring(url.lastIndexOf("/" + folder + "/") + 1);
  }

  private Resource[] find(String location) {
    try {
      return resources.getResources(location);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list templates at " + location, e);
    }
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + resource, e);
    }
  }

  private static String url(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Template without a URL: " + resource, e);
    }
  }
}
