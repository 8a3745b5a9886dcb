package io.xborder.sop.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * <p>The starter's own auto-deployment is switched off because it re-deploys every resource as
 * soon as any one of them changes, and it leaves forms out.
 */
@Component
@Order(TemplateDeployment.ORDER)
public class TemplateDeployment extends AbstractProcessEnginePlugin {

  /** After the organisation exists, so the first deployment is already made under its rules. */
  public static final int ORDER = 100;

  public static final String DEPLOYMENT_NAME = "xborder-sop-templates";
  /** Each template folder with the file type it holds. */
  public static final Map<String, String> TEMPLATE_FOLDERS = Map.of("processes", "bpmn", "dmn", "dmn", "forms", "form");

  private static final Logger log = LoggerFactory.getLogger(TemplateDeployment.class);

  private final ResourcePatternResolver resources;

  TemplateDeployment(ResourcePatternResolver resources) {
    this.resources = resources;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Date before = ClockUtil.getCurrentTime();
    DeploymentWithDefinitions deployment = deploy(engine);
    if (deployment == null) {
      log.warn("No templates found in processes/, dmn/ or forms/");
    } else if (deployment.getDeploymentTime().before(before)) {
      log.info("Templates unchanged since deployment {}", deployment.getId());
    } else {
      log.info("Templates deployed: deployment {} holds the {} changed file(s)",
          deployment.getId(), engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()).size());
    }
  }

  /** Deploys what changed; returns the deployment now holding the latest files, or null if there are none. */
  public DeploymentWithDefinitions deploy(ProcessEngine engine) {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    int files = 0;
    for (var folder : TEMPLATE_FOLDERS.entrySet()) {
      for (Resource resource : find("classpath*:" + folder.getKey() + "/*." + folder.getValue())) {
        builder.addInputStream(resourceName(folder.getKey(), resource), open(resource));
        files++;
      }
    }
    return files == 0 ? null : builder.deployWithResult();
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
