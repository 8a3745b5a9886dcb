package io.xborder.sop.projects;

import static io.xborder.sop.projects.ProjectVariables.PROJECT_CODE;
import static io.xborder.sop.projects.ProjectVariables.PROJECT_SUBJECT;

import io.xborder.sop.forms.OptionLabels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Gives a starting instance its project code and subject. A top-level project without a code given
 * by its starter (Tasklist, REST, the ERP) gets the next code of its template's pattern; a called
 * process (KYC, sign-off) serves its caller's project and carries the caller's code and subject, so
 * its tasks say which project they belong to.
 */
public class ProjectIdentity implements ExecutionListener {

  private final ProjectPattern codePattern;
  private final ProjectPattern subjectPattern;
  private final ProjectCodes codes;
  private final OptionLabels labels;

  public ProjectIdentity(ProjectPattern codePattern, ProjectPattern subjectPattern, ProjectCodes codes, OptionLabels labels) {
    this.codePattern = codePattern;
    this.subjectPattern = subjectPattern;
    this.codes = codes;
    this.labels = labels;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ProjectOwners.check(execution);
    DelegateExecution caller = execution.getSuperExecution();
    String code = execution.getProcessBusinessKey();
    if (isBlank(code) && caller == null && codePattern != null) {
      code = codes.next(codePattern.codeWithoutNumber(execution::getVariable));
      execution.setProcessBusinessKey(code);
    }
    if (isBlank(code) && caller != null) {
      code = TypedVariables.read(caller, PROJECT_CODE, String.class);
    }
    if (!isBlank(code)) {
      execution.setVariable(PROJECT_CODE, code);
    }
    Object subject = subjectPattern != null ? subjectPattern.subject(execution::getVariable, labels)
        : caller != null ? caller.getVariable(PROJECT_SUBJECT) : null;
    if (subject != null && !subject.toString().isBlank()) {
      execution.setVariable(PROJECT_SUBJECT, subject.toString());
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
