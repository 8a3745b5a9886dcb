package io.xborder.sop.templates;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.templates.Templates.START_FORM;
import static io.xborder.sop.templates.Templates.TASK_FORM;
import static io.xborder.sop.templates.Templates.bytes;
import static io.xborder.sop.templates.Templates.decision;
import static io.xborder.sop.templates.Templates.form;
import static io.xborder.sop.templates.Templates.validProcess;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst deploys from Camunda Modeler; broken templates come back with the reasons. */
@PlatformTest
class ModelerDeployTest {

  private static final String TASK = "Task_DoTheWork";

  @Autowired
  RepositoryService repository;

  @Autowired
  PlatformHttp http;


  @Test
  void modelersConnectionCheckAnswersTheAnalyst() {
    assertThat(http.get(REST + "/deployment?maxResults=0", "analyst").statusCode()).isEqualTo(200);
    assertThat(http.get(REST + "/deployment?maxResults=0", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aGoodDiagramWithItsFormsIsDeployed() {
    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-good", Map.of(
        "modeler-good.bpmn", bytes(validProcess("modeler-good")),
        "lint-sample-start.form", form(START_FORM),
        "lint-sample-task.form", form(TASK_FORM)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"deployedProcessDefinitions\"").contains("\"key\":\"modeler-good\"");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modeler-good").count()).isEqualTo(1);
  }

  @Test
  void aDiagramMayUseFormsTheEngineAlreadyHas() {
    BpmnModelInstance model = validProcess("modeler-reuses-forms");
    model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRef("project-kickoff-start");
    model.<UserTask>getModelElementById(TASK).setCamundaFormRef("confirm-project-scope");

    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-reuses-forms",
        Map.of("modeler-reuses-forms.bpmn", bytes(model)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void aDiagramWithoutHistoryTimeToLiveIsDeployedWithTheConfiguredRetention() {
    BpmnModelInstance model = validProcess("modeler-no-ttl");
    model.<Process>getModelElementById("modeler-no-ttl").setCamundaHistoryTimeToLiveString(null);

    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-no-ttl", Map.of(
        "modeler-no-ttl.bpmn", bytes(model),
        "lint-sample-start.form", form(START_FORM),
        "lint-sample-task.form", form(TASK_FORM)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modeler-no-ttl").singleResult()
        .getHistoryTimeToLive()).isEqualTo(1095);
  }

  static Stream<Arguments> brokenDiagrams() {
    return Stream.of(
        broken("user task without owner", TASK, "user-task-without-owner", "User assignment › Candidate groups",
            model -> model.<UserTask>getModelElementById(TASK).setCamundaCandidateGroups(null)),
        broken("user task without form", TASK, "missing-form", "Forms › Type",
            model -> model.<UserTask>getModelElementById(TASK).setCamundaFormRef(null)),
        broken("start event without form", "Event_Requested", "missing-form", "Tasklist › Startable",
            model -> model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRef(null)),
        broken("form nowhere to be found", TASK, "unknown-form", "Forms › Form reference",
            model -> model.<UserTask>getModelElementById(TASK).setCamundaFormRef("no-such-form")),
        broken("decision nowhere to be found", "Task_DecideMode", "unknown-decision", "Implementation › Decision reference",
            model -> model.<UserTask>getModelElementById(TASK).builder()
                .businessRuleTask("Task_DecideMode").camundaDecisionRef("no-such-decision")
                .endEvent("Event_Decided")),
        broken("called process nowhere to be found", "Call_Missing", "unknown-process", "Called element › Called element",
            model -> model.<UserTask>getModelElementById(TASK).builder()
                .callActivity("Call_Missing").calledElement("no-such-process")
                .endEvent("Event_Called")),
        broken("candidate group that does not exist", TASK, "unknown-group", "User assignment › Candidate groups",
            model -> model.<UserTask>getModelElementById(TASK).setCamundaCandidateGroups("acounting")),
        broken("flow not drawn", "Flow_ToWork", "missing-diagram", "",
            model -> {
              model.<UserTask>getModelElementById(TASK).getIncoming().iterator().next().setId("Flow_ToWork");
              Templates.removeEdgeOf(model, "Flow_ToWork");
            }));
  }

  /** @param modelerField the properties-panel field the message names (empty: the element is to be drawn, no field) */
  private static Arguments broken(String what, String elementId, String rule, String modelerField,
      Consumer<BpmnModelInstance> breakIt) {
    return Arguments.of(what, elementId, rule, modelerField, breakIt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDiagrams")
  void aDiagramBreakingALintRuleIsRefusedNamingElementRuleAndModelerField(String what, String elementId, String rule,
      String modelerField, Consumer<BpmnModelInstance> breakIt) {
    BpmnModelInstance model = validProcess("modeler-broken");
    breakIt.accept(model);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("modeler-broken.bpmn", bytes(model));
    files.put("lint-sample-start.form", form(START_FORM));
    files.put("lint-sample-task.form", form(TASK_FORM));

    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-broken", files);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"type\":\"ParseException\"")
        .containsPattern(Pattern.quote("modeler-broken.bpmn › ") + "[^\\[\\]]*" + Pattern.quote("(" + elementId + ") [" + rule + "]"))
        .contains(modelerField)
        .contains("\"mainElementId\":\"" + elementId + "\"");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modeler-broken").count()).isZero();
  }

  @Test
  void malformedXmlIsRefusedWithTheParsersReason() {
    byte[] diagram = bytes(validProcess("modeler-malformed"));
    byte[] cutOffWhileSaving = Arrays.copyOf(diagram, diagram.length / 2);

    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-malformed",
        Map.of("malformed.bpmn", cutOffWhileSaving));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("malformed.bpmn [not-parseable]").contains("XML document structures");
  }

  @Test
  void aDecisionWithBadFeelIsRefusedWithTheParsersReason() {
    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-bad-feel",
        Map.of("bad-feel.dmn", decision("modeler-bad-feel", "[1..")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("bad-feel.dmn › decision 'Lint sample decision' (modeler-bad-feel), rule 1, column '库存可售天数' [bad-feel]")
        .contains("'[1..'");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("modeler-bad-feel").count()).isZero();
  }

  @Test
  void aMalformedFormIsRefusedWithTheParsersReason() {
    HttpResponse<String> response = http.deployAsModeler("analyst", "modeler-bad-form",
        Map.of("bad.form", "{\"id\": \"bad\", \"components\": [".getBytes(StandardCharsets.UTF_8)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("bad.form [not-parseable]").contains("not valid JSON");
  }

  @Test
  void theEngineKeepsServingAfterRefusals() {
    http.deployAsModeler("analyst", "modeler-malformed",
        Map.of("malformed.bpmn", "<definitions".getBytes(StandardCharsets.UTF_8)));

    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/project-kickoff/start", "lina",
        "{\"variables\": {\"projectName\": {\"value\": \"After a refused deployment\"}, \"platform\": {\"value\": \"ebay\"},"
            + " \"site\": {\"value\": \"UK\"}, \"goal\": {\"value\": \"Keep working\"}}}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(http.get(REST + "/process-definition/key/project-kickoff", "analyst").statusCode()).isEqualTo(200);
  }
}
