package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.EVENT_SIGN_OFF_REQUESTED;
import static io.xborder.sop.signoff.SignOff.LEVEL_1_APPROVED;
import static io.xborder.sop.signoff.SignOff.LEVEL_1_APPROVER;
import static io.xborder.sop.signoff.SignOff.LEVEL_2_APPROVED;
import static io.xborder.sop.signoff.SignOff.LEVEL_2_APPROVER;
import static io.xborder.sop.signoff.SignOff.PREPARED_BY;
import static io.xborder.sop.signoff.SignOff.REJECTION_REASON;
import static io.xborder.sop.signoff.SignOff.REWORK_COUNT;
import static io.xborder.sop.signoff.SignOff.TASK_APPROVE_LEVEL_1;
import static io.xborder.sop.signoff.SignOff.TASK_REWORK;

import io.xborder.sop.system.engine.RefusalUnwrapping;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Four-eyes, enforced where every client passes — the end of an approval task inside the engine —
 * so Tasklist, REST {@code complete} and {@code submit-form} are all held to it. A refusal rolls the
 * completion back and the task stays open: a missing answer or reason is a form error (REST 400), an
 * approver who may not approve is an authorization error (REST 403). Who prepared the work and who
 * approved the first level come from {@link SignOffFacts}, what the engine recorded, never from the
 * variables a completion sends; the variables of those names are only written here, for the forms.
 *
 * <p>An execution listener rather than a task listener, because the engine wraps a task listener's
 * exception into a generic one that the REST API answers with 500.
 */
@Component("signOffGuard")
public class SignOffGuard implements ExecutionListener {

  private final SignOffFacts facts;

  public SignOffGuard(SignOffFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    if (EVENT_SIGN_OFF_REQUESTED.equals(activity)) {
      requireCaller(execution);
      showPreparers(execution);
      return;
    }
    if (TASK_REWORK.equals(activity)) {
      // The next approver answers afresh; the reason stays in history.
      execution.removeVariables(List.of(LEVEL_1_APPROVED, LEVEL_2_APPROVED, REJECTION_REASON));
      // The engine records this rework with this very command, so its author is not in the facts yet.
      Set<String> preparers = new LinkedHashSet<>(facts.preparers(execution));
      Optional.ofNullable(facts.currentUser()).ifPresent(preparers::add);
      show(execution, preparers);
      return;
    }
    boolean firstLevel = TASK_APPROVE_LEVEL_1.equals(activity);
    String answer = firstLevel ? LEVEL_1_APPROVED : LEVEL_2_APPROVED;
    boolean approved = approved(execution, answer);
    String approver = facts.currentUser();
    if (approver != null) {
      refuseOwnWork(showPreparers(execution), approver);
      if (firstLevel) {
        execution.setVariable(LEVEL_1_APPROVER, approver);
      } else {
        refuseSecondLookBySameApprover(execution, approver);
        execution.setVariable(LEVEL_2_APPROVER, approver);
      }
    }
    if (!approved) {
      requireReason(execution);
      Object rework = execution.getVariable(REWORK_COUNT);
      execution.setVariable(REWORK_COUNT, rework instanceof Number count ? count.intValue() + 1 : 1);
    }
  }

  /**
   * A sign-off judges the work of the SOP that calls it; started on its own it would judge nothing, so
   * nobody may start one by hand (REST answers 403 for a start, as for any refused authorization).
   */
  private static void requireCaller(DelegateExecution execution) {
    if (SignOffFacts.caller(execution).isEmpty()) {
      throw new AuthorizationException("A sign-off is started by the SOP whose work it judges (a call activity);"
          + " it cannot be started on its own.");
    }
  }

  /** Writes who prepared the work for the forms, whatever a completion sent under that name. */
  private Set<String> showPreparers(DelegateExecution execution) {
    return show(execution, facts.preparers(execution));
  }

  private static Set<String> show(DelegateExecution execution, Set<String> preparers) {
    execution.setVariable(PREPARED_BY, String.join(", ", preparers));
    return preparers;
  }

  private static boolean approved(DelegateExecution execution, String answer) {
    if (execution.getVariable(answer) instanceof Boolean approved) {
      return approved;
    }
    throw RefusalUnwrapping.inputRefused(answer, "Say whether you approve: '" + answer + "' must be true or false");
  }

  private static void refuseOwnWork(Set<String> preparers, String approver) {
    if (preparers.contains(approver)) {
      throw new AuthorizationException("Four-eyes: '" + approver + "' prepared this work and cannot sign it off;"
          + " another member of the approving group must.");
    }
  }

  private void refuseSecondLookBySameApprover(DelegateExecution execution, String approver) {
    Optional<String> level1Approver = facts.level1Approver(execution);
    level1Approver.ifPresent(firstApprover -> execution.setVariable(LEVEL_1_APPROVER, firstApprover));
    if (level1Approver.filter(approver::equals).isPresent()) {
      throw new AuthorizationException("Four-eyes: '" + approver + "' approved the first level and cannot also"
          + " approve the second.");
    }
  }
  private static void requireReason(DelegateExecution execution) {
    Object reason = execution.getVariable(REJECTION_REASON);
    if (!(reason instanceof String text) || text.isBlank()) {
      throw RefusalUnwrapping.inputRefused(REJECTION_REASON,
          "A rejection needs a reason: '" + REJECTION_REASON + "' tells the preparer what to fix");
    }
  }
}
