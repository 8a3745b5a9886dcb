package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.PREPARED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Remembers who prepared the work a sign-off will judge: used at the end of the preparing task as
 * {@code ${signOffPreparer.record(execution)}}, so four-eyes knows whom to refuse.
 */
@Component("signOffPreparer")
public class SignOffPreparer {

  public void record(DelegateExecution execution) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    if (user != null) {
      execution.setVariable(PREPARED_BY, user);
    }
  }
}
