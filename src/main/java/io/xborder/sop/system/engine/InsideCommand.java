package io.xborder.sop.system.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What listeners and jobs read from the engine command they run in, where public API falls short:
 * beans the engine is built with (through its plug-ins) cannot be given the engine's services, the
 * public services check the current user's rights where the platform reads facts for itself, and an
 * execution names its process definition only by id. Internal engine API, in one place.
 */
public final class InsideCommand {

  private InsideCommand() {}

  /** The user on whose behalf the command runs; null for the job executor and server code. */
  public static String currentUserId() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }

  /** Reads what the platform needs whatever the current user may see (the command's own authorization checks are off). */
  public static <T> T withoutAuthorization(Callable<T> read) {
    return Context.getCommandContext().runWithoutAuthorization(read);
  }

  public static IdentityService identityService() {
    return Context.getProcessEngineConfiguration().getIdentityService();
  }

  public static ProcessDefinition processDefinition(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition();
  }

  /** The history of a process instance, also when it was started in this very command and is not written yet. */
  public static HistoricProcessInstance historicProcessInstance(String processInstanceId) {
    return Context.getCommandContext().getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
  }
}
