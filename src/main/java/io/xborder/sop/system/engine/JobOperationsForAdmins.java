package io.xborder.sop.system.engine;

import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.springframework.stereotype.Component;

/**
 * Operating jobs — retries, due dates, running, deleting, suspending, priorities — is for administrators
 * (Cockpit). The engine would let anyone with UPDATE on a project operate its jobs, and anyone at all
 * operate a job that belongs to no process (history cleanup, batches); this interceptor refuses these
 * commands to every other logged-in user. Command classes are engine internals: the engine offers no
 * authorization hook for "operate a job" that also covers suspension and jobs without a process.
 * Commands the engine runs itself (the job executor, no user) and commands nested in another one
 * (suspending a process definition suspends its job definitions) are not judged here. A refused run is
 * no failed attempt: the engine would still count it against the job's retries, so that is skipped too.
 */
@Component
class JobOperationsForAdmins extends AbstractProcessEnginePlugin {

  private static final List<Class<?>> JOB_OPERATIONS = List.of(SetJobRetriesCmd.class,
      AbstractSetJobsRetriesBatchCmd.class, SetJobDuedateCmd.class,
      RecalculateJobDuedateCmd.class, ExecuteJobsCmd.class, DeleteJobCmd.class, DeleteJobsCmd.class,
      SetJobPriorityCmd.class, AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class,
      SetJobDefinitionPriorityCmd.class, FailedJobListener.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addCommandInterceptor(configuration, new AdminsOnly(configuration));
  }

  private static final class AdminsOnly extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    AdminsOnly(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() == null && isJobOperation(command)) {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (configuration.isAuthorizationEnabled() && user != null && !isAdmin(user)) {
          if (command instanceof FailedJobListener) {
            return null;
          }
          throw new AuthorizationException("User '" + user.getUserId()
              + "' may not operate jobs (retries, due date, execute, delete, suspend, priority): that is for administrators");
        }
      }
      return next.execute(command);
    }

    private static boolean isJobOperation(Command<?> command) {
      return JOB_OPERATIONS.stream().anyMatch(operation -> operation.isInstance(command));
    }

    private boolean isAdmin(Authentication user) {
      return configuration.getAdminUsers().contains(user.getUserId())
          || (user.getGroupIds() != null && !Collections.disjoint(user.getGroupIds(), configuration.getAdminGroups()));
    }
  }
}
