package io.xborder.sop.system.engine;

import io.xborder.sop.system.DatabaseLocks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes starting at the same moment on one database take turns from schema creation to the end of
 * start-up. The engine's schema update and the platform's start-up work (groups, demo users,
 * filters, template deployment) each look before they create; two nodes doing that at once create
 * twice or fail on the other's row. So the first plug-in hook the engine calls — before it touches
 * the schema — takes a database lock, and it is let go once the engine is built, every plug-in's
 * start-up work included ({@link Release}).
 */
@Component
public class ClusterStartLock extends AbstractProcessEnginePlugin {

  static final String LOCK = "xborder-sop:start-up";

  private static final Logger log = LoggerFactory.getLogger(ClusterStartLock.class);

  private final DatabaseLocks locks;
  private AutoCloseable held;

  ClusterStartLock(DatabaseLocks locks) {
    this.locks = locks;
  }

  @Override
  public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
    long waitedFrom = System.nanoTime();
    held = locks.lockForSession(LOCK);
    log.info("Start-up lock taken after {} ms", (System.nanoTime() - waitedFrom) / 1_000_000);
  }

  /** Created as soon as the engine bean exists, i.e. after every plug-in's postProcessEngineBuild. */
  @Component
  static class Release {
    Release(ProcessEngine builtEngine, ClusterStartLock lock) throws Exception {
      lock.release();
    }
  }

  synchronized void release() throws Exception {
    if (held != null) {
      held.close();
      held = null;
      log.info("Start-up lock released");
    }
  }
}
