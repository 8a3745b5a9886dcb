package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.LAST_REJECTION;
import static io.xborder.sop.signoff.SignOff.REJECTION_REASON;
import static io.xborder.sop.signoff.SignOff.REWORK_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the sign-off forms show the approver beside the work, as {@code ${signOffContext...}} in the
 * sign-off diagram. Display only: four-eyes never reads these.
 */
@Component("signOffContext")
public class SignOffContext {

  /** At the start: the work has not been reworked yet, so the forms say 0 rather than nothing. */
  public void start(DelegateExecution execution) {
    if (execution.getVariable(REWORK_COUNT) == null) {
      execution.setVariable(REWORK_COUNT, 0);
    }
  }

  /** When the work goes back to its preparer: keeps the reason for the next approver, after the answer is cleared. */
  public void rememberRejection(DelegateExecution execution) {
    execution.setVariable(LAST_REJECTION, execution.getVariable(REJECTION_REASON));
  }
}
