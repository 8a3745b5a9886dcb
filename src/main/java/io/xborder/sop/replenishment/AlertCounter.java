package io.xborder.sop.replenishment;

import static io.xborder.sop.replenishment.UrgentReplenishment.ALERT_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Counts the ERP's low-stock alerts on an open replenishment, as {@code ${replenishment...}} in the
 * diagram. The alert's own variables (days of cover, daily sales) arrive with the message itself.
 */
@Component("replenishment")
public class AlertCounter {

  public void firstAlert(DelegateExecution execution) {
    execution.setVariable(ALERT_COUNT, 1);
  }

  public void repeatedAlert(DelegateExecution execution) {
    Object count = execution.getVariable(ALERT_COUNT);
    execution.setVariable(ALERT_COUNT, count instanceof Number number ? number.intValue() + 1 : 1);
  }
}
