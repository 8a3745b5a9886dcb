package io.xborder.sop.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of templates whose business key is a project code: a project code may name only
 * one running instance of the template. Runs inside the start command, so a refusal leaves nothing; a
 * second start of the same code waits for the first to commit (on whichever node) and is then refused.
 */
@Component("uniqueBusinessKey")
public class UniqueBusinessKey {

  private final ProjectCodes codes;

  UniqueBusinessKey(ProjectCodes codes) {
    this.codes = codes;
  }

  public void check(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      throw new ProjectStartRefused("A project code (business key) is required");
    }
    String template = codes.templateKey(execution.getProcessDefinitionId());
    codes.lockCode(template, businessKey);
    if (codes.runningElsewhere(template, businessKey)) {
      throw new ProjectStartRefused("Project code " + businessKey + " is already used by a running " + template
          + "; choose another code or continue the running one");
    }
  }
}
