package io.xborder.sop.signoff;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.signoff.SignOff.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Four-eyes through real HTTP, whichever way a client completes the approval. */
@PlatformTest
class FourEyesHttpTest {

  /** A team lead who sits in both approving groups: the case four-eyes exists for. */
  private static final String TEAM_LEAD = "teamlead";

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;

  @BeforeEach
  void connect() {
    SignOffCaller.ensureUser(engine, TEAM_LEAD, "supervisors", "managers");
  }

  @Test
  void thePreparerCannotApproveTheirOwnWork() {
    String signOff = start(TEAM_LEAD);
    Task level1 = task(signOff);

    HttpResponse<String> ownApproval = http.postJson(REST + "/task/" + level1.getId() + "/complete", TEAM_LEAD,
        "{\"variables\": {\"level1Approved\": {\"value\": true}}}");
    HttpResponse<String> ownApprovalByForm = http.postJson(REST + "/task/" + level1.getId() + "/submit-form", TEAM_LEAD,
        "{\"variables\": {\"level1Approved\": {\"value\": true}}}");

    assertThat(ownApproval.statusCode()).isEqualTo(403);
    assertThat(ownApproval.body()).contains("Four-eyes").contains("prepared this work");
    assertThat(ownApprovalByForm.statusCode()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(level1.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(signOff, LEVEL_1_APPROVED)).isNull();
  }

  @Test
  void theFirstLevelApproverCannotApproveTheSecondLevelButAnotherManagerCan() {
    String signOff = start("lina");
    HttpResponse<String> level1 = http.postJson(REST + "/task/" + task(signOff).getId() + "/submit-form", TEAM_LEAD,
        "{\"variables\": {\"level1Approved\": {\"value\": true}}}");
    assertThat(level1.statusCode()).as(level1.body()).isEqualTo(204);
    Task level2 = task(signOff);
    assertThat(level2.getTaskDefinitionKey()).isEqualTo(TASK_APPROVE_LEVEL_2);

    HttpResponse<String> sameApprover = http.postJson(REST + "/task/" + level2.getId() + "/complete", TEAM_LEAD,
        "{\"variables\": {\"level2Approved\": {\"value\": true}}}");
    HttpResponse<String> anotherManager = http.postJson(REST + "/task/" + level2.getId() + "/complete", "zhoujing",
        "{\"variables\": {\"level2Approved\": {\"value\": true}}}");

    assertThat(sameApprover.statusCode()).isEqualTo(403);
    assertThat(sameApprover.body()).contains("approved the first level");
    assertThat(anotherManager.statusCode()).as(anotherManager.body()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(signOff)
        .variableName(LEVEL_2_APPROVER).singleResult().getValue()).isEqualTo("zhoujing");
  }

  @Test
  void aRejectionWithoutReasonIsABadRequest() {
    String signOff = start("lina");

    HttpResponse<String> noReason = http.postJson(REST + "/task/" + task(signOff).getId() + "/complete", "sunhao",
        "{\"variables\": {\"level1Approved\": {\"value\": false}}}");

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("rejectionReason");
    assertThat(task(signOff).getTaskDefinitionKey()).isEqualTo(TASK_APPROVE_LEVEL_1);
  }

  /** A sign-off of legal-person details that the given user prepared in the calling SOP. */
  private String start(String preparedBy) {
    return SignOffCaller.signOffPreparedBy(engine, preparedBy, "submit-legal-person-info", "amazon", "UK", "medium").getId();
  }

  private Task task(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }
}
