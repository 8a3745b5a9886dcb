package io.xborder.sop.compliance;

import static io.xborder.sop.compliance.ComplianceRemediation.DEADLINE;
import static io.xborder.sop.compliance.ComplianceRemediation.REGULATION;

import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Refuses a notice the project could not run on, before the project exists: a missing regulation,
 * or a deadline that is not an ISO date-time, answers the ERP or the start form with 400 and the
 * reason instead of a broken timer later.
 */
@Component("complianceNoticeCheck")
public class ComplianceNoticeCheck implements ExecutionListener {

  private final ComplianceDeadline deadlines;

  ComplianceNoticeCheck(ComplianceDeadline deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(REGULATION) instanceof String regulation) || regulation.isBlank()) {
      throw new BadUserRequestException("A compliance notice needs '" + REGULATION + "', e.g. FR-EPR or DE-WEEE");
    }
    Object deadline = execution.getVariable(DEADLINE);
    try {
      deadlines.parse(deadline instanceof String text ? text : null);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new BadUserRequestException("A compliance notice needs '" + DEADLINE
          + "' as an ISO date-time such as 2026-12-31T23:59:00+01:00, not '" + deadline + "'");
    }
  }
}
