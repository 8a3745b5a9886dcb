package io.xborder.sop.system.engine;

import io.xborder.sop.system.ThisNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * This node's name among the nodes sharing the database: {@code xborder.node-name}, or the host name.
 * The engine writes it into the job log and metrics (its host name) and onto the jobs this node has
 * locked (the job executor's lock owner), so an operator sees which node ran or holds which job.
 * Every node needs its own name.
 */
@Component
@EnableConfigurationProperties(ThisNode.class)
public class NodeName extends AbstractProcessEnginePlugin {

  private final String name;

  NodeName(ThisNode node) {
    this.name = node.nodeName().isEmpty() ? hostName() : node.nodeName();
  }

  public String get() {
    return name;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(name);
  }

  /** After init: the starter hands the engine its job executor during init. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(name);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("No host name to name this node by; set xborder.node-name", e);
    }
  }
}
