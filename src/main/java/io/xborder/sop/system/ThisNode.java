package io.xborder.sop.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xborder.node-name} (empty: the host name, see {@link io.xborder.sop.system.engine.NodeName}) and
 * {@code xborder.release}, the release this node runs, which the build writes into {@code release.properties}.
 */
@ConfigurationProperties("xborder")
public record ThisNode(String nodeName, String release) {

  public ThisNode {
    if (release == null || release.isBlank()) {
      throw new IllegalArgumentException("xborder.release is required: the build writes it into release.properties");
    }
    nodeName = nodeName == null ? "" : nodeName.trim();
  }
}
