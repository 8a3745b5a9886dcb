package io.xborder.sop.system.engine;

import io.xborder.sop.system.LoginCache;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Remembered logins ({@link LoginCache}) are forgotten when a user, group, tenant or membership changes
 * through this node's engine (REST, Camunda Admin, the start-up steps): a new password or a removed
 * membership counts for the next request. Every such change is a command extending the internal
 * {@link AbstractWritableIdentityServiceCmd}; the engine publishes no event for identity changes. The
 * interceptor is outside the transaction, so the cache is cleared after the commit (and, counted as a
 * change, also refuses logins read before it).
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

  private final LoginCache logins;

  IdentityChanges(LoginCache logins) {
    this.logins = logins;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addCommandInterceptor(configuration, new ForgetLoginsAfterIdentityChange());
  }

  private final class ForgetLoginsAfterIdentityChange extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof AbstractWritableIdentityServiceCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } finally {
        logins.forgetAll();
      }
    }
  }
}
