package io.xborder.sop.compliance;

import static io.xborder.sop.compliance.ComplianceRemediation.EVIDENCE;
import static io.xborder.sop.compliance.ComplianceRemediation.EVIDENCE_LINK;
import static io.xborder.sop.compliance.ComplianceRemediation.EVIDENCE_REFERENCE;
import static io.xborder.sop.compliance.ComplianceRemediation.NOTICE_COUNT;
import static io.xborder.sop.compliance.ComplianceRemediation.STEP;
import static io.xborder.sop.compliance.ComplianceRemediation.STEPS;

import io.xborder.sop.projects.TypedVariables;
import io.xborder.sop.system.PlatformClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The remediation's evidence file, as {@code ${complianceEvidence...}} in the template: each step's
 * proof is appended to the project's {@code evidence} list (JSON, readable in Cockpit and the REST
 * API) so the next step starts with an empty form and nothing earlier is overwritten.
 */
@Component("complianceEvidence")
public class ComplianceEvidence {

  private static final List<String> RISK_ORDER = List.of("low", "medium", "high");
  private static final String DEFAULT_SIGN_OFF = "compliance-filing";

  private final PlatformClock clock;
  private final IdentityService identity;

  ComplianceEvidence(PlatformClock clock, IdentityService identity) {
    this.clock = clock;
    this.identity = identity;
  }

  public void record(DelegateExecution execution) {
    Map<?, ?> step = TypedVariables.read(execution, STEP, Map.class);
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("step", step == null ? null : step.get("stepName"));
    proof.put("reference", execution.getVariable(EVIDENCE_REFERENCE));
    proof.put("link", execution.getVariable(EVIDENCE_LINK));
    var user = identity.getCurrentAuthentication();
    proof.put("recordedBy", user == null ? null : user.getUserId());
    proof.put("recordedAt", clock.instant().toString());
    List<Object> evidence = new ArrayList<>();
    if (execution.getVariable(EVIDENCE) instanceof List<?> earlier) {
      evidence.addAll(earlier);
    }
    evidence.add(proof);
    execution.setVariable(EVIDENCE, Variables.objectValue(evidence)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.removeVariables(List.of(EVIDENCE_REFERENCE, EVIDENCE_LINK));
  }

  /** The evidence the filing's approvers check, one line per step: reference, link, who recorded it and when. */
  public String summary(DelegateExecution execution) {
    if (!(execution.getVariable(EVIDENCE) instanceof List<?> evidence)) {
      return "";
    }
    return evidence.stream().map(proof -> (Map<?, ?>) proof)
        .map(proof -> proof.get("step") + "：" + proof.get("reference") + "（" + proof.get("link") + "），"
            + proof.get("recordedBy") + " " + proof.get("recordedAt"))
        .collect(Collectors.joining("\n"));
  }

  /** The riskiest filing among the regulation's steps; a regulation without known steps counts as high. */
  public String filingRisk(DelegateExecution execution) {
    return steps(execution).stream()
        .map(step -> (String) step.get("filingRisk"))
        .max((a, b) -> Integer.compare(RISK_ORDER.indexOf(a), RISK_ORDER.indexOf(b)))
        .orElse("high");
  }

  /** The sign-off the regulation's filing needs; a regulation without known steps is a compliance filing. */
  public String signOffAction(DelegateExecution execution) {
    return steps(execution).stream().map(step -> (String) step.get("signOffAction")).findFirst().orElse(DEFAULT_SIGN_OFF);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(DelegateExecution execution) {
    Object steps = execution.getVariable(STEPS);
    return steps == null ? List.of() : (List<Map<String, Object>>) steps;
  }

  public void repeatedNotice(DelegateExecution execution) {
    Object count = execution.getVariable(NOTICE_COUNT);
    execution.setVariable(NOTICE_COUNT, count instanceof Number number ? number.intValue() + 1 : 2);
  }
}
