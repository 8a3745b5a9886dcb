package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.LEVEL_1_APPROVED;
import static io.xborder.sop.signoff.SignOff.LEVEL_1_APPROVER;
import static io.xborder.sop.signoff.SignOff.LEVEL_2_APPROVED;
import static io.xborder.sop.signoff.SignOff.LEVEL_2_APPROVER;
import static io.xborder.sop.signoff.SignOff.PREPARED_BY;
import static io.xborder.sop.signoff.SignOff.REJECTION_REASON;
import static io.xborder.sop.signoff.SignOff.REWORK_COUNT;
import static io.xborder.sop.signoff.SignOff.TASK_APPROVE_LEVEL_1;
import static io.xborder.sop.signoff.SignOff.TASK_REWORK;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Four-eyes, enforced where every client passes — the end of an approval task inside the engine —
 * so Tasklist, REST {@code complete} and {@code submit-form} are all held to it. A refusal rolls the
 * completion back and the task stays open: a missing answer or reason is a form error (REST 400), an
 * approver who may not approve is an authorization error (REST 403).
 *
 * <p>An execution listener rather than a task listener, because the engine wraps a task listener's
 * exception into a generic one that the REST API answers with 500.
 */
@Component("signOffGuard")
public class SignOffGuard implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    if (TASK_REWORK.equals(activity)) {
      // The next approver answers afresh; the reason stays in history.
      execution.removeVariables(List.of(LEVEL_1_APPROVED, LEVEL_2_APPROVED, REJECTION_REASON));
      return;
    }
    boolean firstLevel = TASK_APPROVE_LEVEL_1.equals(activity);
    String answer = firstLevel ? LEVEL_1_APPROVED : LEVEL_2_APPROVED;
    boolean approved = approved(execution, answer);
    String approver = Context.getCommandContext().getAuthenticatedUserId();
    if (approver != null) {
      refuseOwnWork(execution, approver);
      if (!firstLevel) {
        refuseSecondLookBySameApprover(execution, approver);
      }
      execution.setVariable(firstLevel ? LEVEL_1_APPROVER : LEVEL_2_APPROVER, approver);
    }
    if (!approved) {
      requireReason(execution);
      Object rework = execution.getVariable(REWORK_COUNT);
      execution.setVariable(REWORK_COUNT, rework instanceof Number count ? count.intValue() + 1 : 1);
    }
  }

  private static boolean approved(DelegateExecution execution, String answer) {
    if (execution.getVariable(answer) instanceof Boolean approved) {
      return approved;
    }
    throw new FormFieldValidationException(answer, "Say whether you approve: '" + answer + "' must be true or false");
  }

  private static void refuseOwnWork(DelegateExecution execution, String approver) {
    if (approver.equals(execution.getVariable(PREPARED_BY))) {
      throw new AuthorizationException("Four-eyes: '" + approver + "' prepared this work and cannot sign it off;"
          + " another member of the approving group must.");
    }
  }

  private static void refuseSecondLookBySameApprover(DelegateExecution execution, String approver) {
    if (approver.equals(execution.getVariable(LEVEL_1_APPROVER))) {
      throw new AuthorizationException("Four-eyes: '" + approver + "' approved the first level and cannot also"
          + " approve the second.");
    }
  }

  private static void requireReason(DelegateExecution execution) {
    Object reason = execution.getVariable(REJECTION_REASON);
    if (!(reason instanceof String text) || text.isBlank()) {
      throw new FormFieldValidationException(REJECTION_REASON,
          "A rejection needs a reason: '" + REJECTION_REASON + "' tells the preparer what to fix");
    }
  }
}
