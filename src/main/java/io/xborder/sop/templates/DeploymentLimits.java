package io.xborder.sop.templates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a deployment may be ({@code xborder.deployment.*}): each file, and all files of one
 * deployment together. The REST upload is cut off at the deployment size before it is read
 * into memory; the lint holds every deployment, whatever its route, to both.
 */
@ConfigurationProperties(prefix = "xborder.deployment")
public record DeploymentLimits(
    @DefaultValue("2MB") DataSize maxResourceSize,
    @DefaultValue("10MB") DataSize maxSize) {

  public static final DeploymentLimits DEFAULTS = new DeploymentLimits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10));
}
