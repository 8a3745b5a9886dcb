package io.xborder.sop.storeopening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code applicationStatus} (TO_SUBMIT, UNDER_REVIEW, MORE_DOCUMENTS_NEEDED, OPENED, REJECTED)
 * up to date on the KYC instance and on every process that called it, so the store opening itself
 * can be filtered by it in Tasklist and Cockpit.
 */
@Component("applicationStatusTracker")
public class ApplicationStatusTracker {

  public void set(DelegateExecution execution, String status) {
    for (DelegateExecution scope = execution; scope != null;
        scope = scope.getProcessInstance().getSuperExecution()) {
      scope.getProcessInstance().setVariable(StoreOpening.APPLICATION_STATUS, status);
    }
  }
}
