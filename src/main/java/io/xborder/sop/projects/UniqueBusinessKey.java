package io.xborder.sop.projects;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of templates whose business key is a project code: a project code may name only
 * one running instance of the template. Runs inside the start command, so a refusal leaves nothing.
 */
@Component("uniqueBusinessKey")
public class UniqueBusinessKey {

  public void check(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      throw new ProjectStartRefused("A project code (business key) is required");
    }
    ProcessEngineServices engine = execution.getProcessEngineServices();
    String processKey = engine.getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    long running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count();
    if (running > 0) {
      throw new ProjectStartRefused("Project code " + businessKey + " is already used by a running "
          + processKey + "; choose another code or continue the running one");
    }
  }
}
