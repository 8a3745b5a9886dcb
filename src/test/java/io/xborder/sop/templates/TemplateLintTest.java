package io.xborder.sop.templates;

import static io.xborder.sop.templates.Templates.PROCESS_ID;
import static io.xborder.sop.templates.Templates.START_FORM;
import static io.xborder.sop.templates.Templates.TASK_FORM;
import static io.xborder.sop.templates.Templates.bytes;
import static io.xborder.sop.templates.Templates.decision;
import static io.xborder.sop.templates.Templates.form;
import static io.xborder.sop.templates.Templates.validProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class TemplateLintTest {

  private final TemplateLint lint = new TemplateLint(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());

  @Test
  void aValidTemplateWithItsFormsPasses() {
    assertThat(lint(validProcess(PROCESS_ID))).isEmpty();
  }

  @Test
  void userTaskWithoutAnyOwnerIsNamed() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<UserTask>getModelElementById("Task_DoTheWork").setCamundaCandidateGroups(null);

    assertThat(lint(model)).extracting(LintFinding::elementId, LintFinding::rule)
        .containsExactly(tuple("Task_DoTheWork", LintRule.USER_TASK_WITHOUT_OWNER));
  }

  @Test
  void anAssigneeOrCandidateUserIsOwnerEnough() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaCandidateGroups(null);
    task.setCamundaAssignee("${projectOwner}");

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void userTaskAndPeopleStartedStartEventWithoutFormAreNamed() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<UserTask>getModelElementById("Task_DoTheWork").setCamundaFormRef(null);
    model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRef(null);

    assertThat(lint(model)).extracting(LintFinding::elementId, LintFinding::rule)
        .containsExactlyInAnyOrder(
            tuple("Task_DoTheWork", LintRule.MISSING_FORM),
            tuple("Event_Requested", LintRule.MISSING_FORM));
  }

  @Test
  void aProcessNotStartableInTasklistNeedsNoStartForm() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRef(null);
    model.<Process>getModelElementById(PROCESS_ID).setCamundaIsStartableInTasklist(false);

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void aFormKeyCountsAsAForm() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaFormRef(null);
    task.setCamundaFormKey("camunda-forms:deployment:forms/lint-sample-task.form");

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void aFormKeyToAFileOutsideTheDeploymentIsNamed() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaFormRef(null);
    task.setCamundaFormKey("camunda-forms:deployment:forms/elsewhere.form");

    assertThat(lint(model)).extracting(LintFinding::elementId, LintFinding::rule)
        .containsExactly(tuple("Task_DoTheWork", LintRule.UNKNOWN_FORM));
  }

  @Test
  void unknownFormDecisionAndProcessAreNamed() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_ID).name("示例流程")
        .camundaHistoryTimeToLive(1095)
        .camundaStartableInTasklist(false)
        .startEvent("Event_Start")
        .businessRuleTask("Task_DecideMode").camundaDecisionRef("no-such-decision")
        .callActivity("Call_Missing").calledElement("no-such-process")
        .userTask("Task_Review").name("审核").camundaCandidateGroups("supervisors").camundaFormRef("no-such-form").camundaFormRefBinding("latest")
        .endEvent("Event_End")
        .done();

    assertThat(lint(model)).extracting(LintFinding::elementId, LintFinding::rule)
        .containsExactlyInAnyOrder(
            tuple("Task_DecideMode", LintRule.UNKNOWN_DECISION),
            tuple("Call_Missing", LintRule.UNKNOWN_PROCESS),
            tuple("Task_Review", LintRule.UNKNOWN_FORM));
  }

  @Test
  void referencesResolveWithinTheDeploymentAndInTheEngine() {
    BpmnModelInstance parent = Bpmn.createExecutableProcess("lint-parent").name("上级流程")
        .camundaHistoryTimeToLive(1095)
        .camundaStartableInTasklist(false)
        .startEvent("Event_Start")
        .businessRuleTask("Task_DecideMode").camundaDecisionRef("lint-mode")
        .callActivity("Call_Child").calledElement(PROCESS_ID)
        .callActivity("Call_Deployed").calledElement("already-deployed")
        .endEvent("Event_End")
        .done();
    Map<String, byte[]> files = new LinkedHashMap<>(files(validProcess(PROCESS_ID)));
    files.put("parent.bpmn", bytes(parent));
    files.put("mode.dmn", decision("lint-mode", "< 7"));

    assertThat(lint.lint(files, engineWith("already-deployed"))).isEmpty();
  }

  @Test
  void expressionsAreResolvedAtRunTimeSoNotChecked() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_ID).name("示例流程")
        .camundaHistoryTimeToLive(1095)
        .camundaStartableInTasklist(false)
        .startEvent("Event_Start")
        .callActivity("Call_Dynamic").calledElement("${childProcess}")
        .endEvent("Event_End")
        .done();

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void aProcessWithoutHistoryTimeToLivePassesBecauseTheRetentionSettingDecides() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<Process>getModelElementById(PROCESS_ID).setCamundaHistoryTimeToLiveString(null);

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void aGeneratedTaskFormCountsAsAForm() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaFormRef(null);
    task.setCamundaFormRefBinding(null);
    task.builder().camundaFormField().camundaId("amount").camundaLabel("金额").camundaType("long").camundaFormFieldDone();

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void formKeysIntoAProcessApplicationAreRefusedNamingTheModelerField() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaFormRef(null);
    task.setCamundaFormRefBinding(null);
    task.setCamundaFormKey("embedded:app:forms/approve-invoice.html");

    assertThat(lint(model)).extracting(LintFinding::describe).containsExactly(
        "processes/lint-sample.bpmn › user task '完成工作' (Task_DoTheWork) [app-form-key] " + LintRule.APP_FORM_KEY.description()
            + ": 'embedded:app:forms/approve-invoice.html' (Modeler: Forms › Form key)");
  }

  @Test
  void formsMissingWhereTheirBindingLooksAreNamed() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<UserTask>getModelElementById("Task_DoTheWork").setCamundaFormRefBinding("deployment");
    model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRefBinding("version");
    model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRefVersion("99");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("processes/lint-sample.bpmn", bytes(model));

    assertThat(lint.lint(files, KnownDefinitions.of(Set.of(START_FORM, TASK_FORM), Set.of(), Set.of())))
        .extracting(LintFinding::elementId, LintFinding::modelerField)
        .containsExactlyInAnyOrder(tuple("Task_DoTheWork", "Forms › Binding"), tuple("Event_Requested", "Forms › Version"));
  }

  @Test
  void unknownLiteralUsersAndGroupsAreNamedButExpressionsAreLeftToRunTime() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaCandidateGroups("acounting, ${approverGroups}, operations");
    task.setCamundaAssignee("demo");

    assertThat(lint(model)).extracting(LintFinding::rule, LintFinding::detail, LintFinding::modelerField)
        .containsExactlyInAnyOrder(
            tuple(LintRule.UNKNOWN_GROUP, "group 'acounting'", "User assignment › Candidate groups"),
            tuple(LintRule.UNKNOWN_USER, "user 'demo'", "User assignment › Assignee"));
  }

  @Test
  void aProcessStartedByAMessageOrOnlyCalledNeedsNoStartFormButAPeopleStartedOneIsToldWhatToUntick() {
    BpmnModelInstance messageStarted = Bpmn.createExecutableProcess(PROCESS_ID).name("示例流程")
        .startEvent("Event_Ordered").message("OrderReceived")
        .endEvent("Event_End")
        .done();
    assertThat(lint(messageStarted)).isEmpty();

    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<StartEvent>getModelElementById("Event_Requested").setCamundaFormRef(null);
    assertThat(lint(model)).singleElement().extracting(LintFinding::modelerField).asString()
        .contains("Tasklist › Startable");
  }

  @Test
  void aCalledProcessOnlyInOtherTenantsIsNamedWithItsTenants() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_ID).name("示例流程")
        .camundaStartableInTasklist(false)
        .startEvent("Event_Start")
        .callActivity("Call_Shared").name("调用子流程").calledElement("shared-child")
        .endEvent("Event_End")
        .done();
    KnownDefinitions twoTenants = new KnownDefinitions.Listed(Set.of(), Set.of(), Set.of("shared-child"), "tenant-a")
        .or(new KnownDefinitions.Listed(Set.of(), Set.of(), Set.of("shared-child"), "tenant-b"));

    assertThat(lint.lint(files(model), twoTenants)).extracting(LintFinding::describe).containsExactly(
        "processes/lint-sample.bpmn › call activity '调用子流程' (Call_Shared) [unknown-process] " + LintRule.UNKNOWN_PROCESS.description()
            + ": process 'shared-child' exists only in tenant 'tenant-a', tenant 'tenant-b', and the engine looks for it without a tenant"
            + " (Modeler: Called element › Tenant ID)");
  }

  @Test
  void aCamunda8DiagramIsRefusedInOneLine() {
    byte[] zeebe = new String(bytes(validProcess(PROCESS_ID)), StandardCharsets.UTF_8)
        .replaceFirst("<definitions ", "<definitions xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" ")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(lint.lint(Map.of("c8.bpmn", zeebe), KnownDefinitions.NONE)).extracting(LintFinding::describe)
        .containsExactly("c8.bpmn [camunda-8-diagram] " + LintRule.CAMUNDA_8_DIAGRAM.description());
  }

  @Test
  void aNonExecutablePartnerPoolIsNotLinted() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    Process partner = model.newInstance(Process.class);
    partner.setId("Process_Supplier");
    partner.setExecutable(false);
    UserTask unowned = model.newInstance(UserTask.class);
    unowned.setId("Task_SupplierShips");
    unowned.setName("Ship goods");
    partner.addChildElement(unowned);
    model.getDefinitions().addChildElement(partner);

    assertThat(lint(model)).isEmpty();
  }

  @Test
  void undrawnElementsAreNamed() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    String flowId = model.<UserTask>getModelElementById("Task_DoTheWork").getIncoming().iterator().next().getId();
    Templates.removeEdgeOf(model, flowId);

    assertThat(lint(model)).extracting(LintFinding::elementId, LintFinding::rule)
        .containsExactly(tuple(flowId, LintRule.MISSING_DIAGRAM));
  }

  @Test
  void malformedXmlIsReportedWithTheParsersReason() {
    List<LintFinding> findings = lint.lint(Map.of("broken.bpmn", "<bpmn:definitions".getBytes(StandardCharsets.UTF_8)),
        KnownDefinitions.NONE);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.rule()).isEqualTo(LintRule.NOT_PARSEABLE);
      assertThat(finding.resource()).isEqualTo("broken.bpmn");
      assertThat(finding.detail()).contains("XML document structures must start and end within the same entity");
    });
  }

  @Test
  void badFeelInADecisionTableIsNamedWithItsRule() {
    List<LintFinding> findings = lint.lint(Map.of("mode.dmn", decision("lint-mode", ">= 5 and <")), KnownDefinitions.NONE);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.rule()).isEqualTo(LintRule.BAD_FEEL);
      assertThat(finding.elementId()).isEqualTo("Rule_Urgent");
      assertThat(finding.detail()).contains(">= 5 and <");
      assertThat(finding.describe()).startsWith(
          "mode.dmn › decision 'Lint sample decision' (lint-mode), rule 1, column '库存可售天数' [bad-feel]");
    });
  }

  @Test
  void aDecisionWithoutHistoryTimeToLivePasses() {
    byte[] decision = new String(decision("lint-mode", "< 7"), StandardCharsets.UTF_8)
        .replace(" camunda:historyTimeToLive=\"P1095D\"", "").getBytes(StandardCharsets.UTF_8);

    assertThat(lint.lint(Map.of("mode.dmn", decision), KnownDefinitions.NONE)).isEmpty();
  }

  @Test
  void aDecisionColumnLabelledInEnglishIsNamedWithWhatToWriteInChinese() {
    byte[] decision = new String(decision("lint-mode", "< 7"), StandardCharsets.UTF_8)
        .replace("label=\"运输方式\"", "label=\"Shipping mode\"").getBytes(StandardCharsets.UTF_8);

    assertThat(lint.lint(Map.of("mode.dmn", decision), KnownDefinitions.NONE))
        .extracting(LintFinding::elementId, LintFinding::rule, LintFinding::detail)
        .containsExactly(tuple("Output_Mode", LintRule.DECISION_LANGUAGE, "write the label 'Shipping mode' in Chinese"));
  }

  @Test
  void formsMustBeJsonWithAnId() {
    List<LintFinding> findings = lint.lint(Map.of(
            "broken.form", "{\"id\": ".getBytes(StandardCharsets.UTF_8),
            "anonymous.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8)),
        KnownDefinitions.NONE);

    assertThat(findings).extracting(LintFinding::resource, LintFinding::rule)
        .containsExactlyInAnyOrder(
            tuple("broken.form", LintRule.NOT_PARSEABLE),
            tuple("anonymous.form", LintRule.FORM_WITHOUT_ID));
  }

  @Test
  void staffTasksAndProcessesInEnglishAreNamedWithWhatToWriteInChinese() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<Process>getModelElementById(PROCESS_ID).setName("Lint sample");
    model.<UserTask>getModelElementById("Task_DoTheWork").setName("Do the work");
    Map<String, byte[]> files = files(model);
    files.put("forms/lint-sample-task.form", form(TASK_FORM, "Note for the team"));

    assertThat(lint.lint(files, KnownDefinitions.NONE))
        .extracting(LintFinding::resource, LintFinding::elementId, LintFinding::rule, LintFinding::detail)
        .containsExactlyInAnyOrder(
            tuple("processes/lint-sample.bpmn", PROCESS_ID, LintRule.PROCESS_LANGUAGE, "name the process in Chinese, not 'Lint sample'"),
            tuple("processes/lint-sample.bpmn", "Task_DoTheWork", LintRule.TASK_LANGUAGE,
                "read by staff, so it reads Chinese: write the name 'Do the work' in Chinese"),
            tuple("processes/lint-sample.bpmn", "Task_DoTheWork", LintRule.TASK_LANGUAGE,
                "read by staff, so it reads Chinese: form 'lint-sample-task' says 'Note for the team'; write it in Chinese"));
  }

  @Test
  void anAgencyTaskInChineseIsNamedAndItsProcessNeedsAnEnglishNameBeside() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaCandidateGroups("agency-photo");
    task.setName("拍摄商品图");

    assertThat(lint(model)).extracting(LintFinding::elementId, LintFinding::rule, LintFinding::detail)
        .containsExactlyInAnyOrder(
            tuple(PROCESS_ID, LintRule.PROCESS_LANGUAGE,
                "outside agencies work in it and see its name: add the English name, e.g. '示例流程 / Product launch'"),
            tuple("Task_DoTheWork", LintRule.TASK_LANGUAGE, "offered to agency-photo, so it reads English: write the name '拍摄商品图' in English"),
            tuple("Task_DoTheWork", LintRule.TASK_LANGUAGE,
                "offered to agency-photo, so it reads English: form 'lint-sample-task' has Chinese in '备注'; write it in English"));
  }

  @Test
  void anAgencyTaskInEnglishInABilinguallyNamedProcessPasses() {
    BpmnModelInstance model = validProcess(PROCESS_ID);
    model.<Process>getModelElementById(PROCESS_ID).setName("示例流程 / Lint sample");
    UserTask task = model.getModelElementById("Task_DoTheWork");
    task.setCamundaCandidateGroups("operations, agency-photo");
    task.setName("Shoot the product photos");
    Map<String, byte[]> files = files(model);
    files.put("forms/lint-sample-task.form", form(TASK_FORM, "Link to the photo set"));

    assertThat(lint.lint(files, KnownDefinitions.NONE)).isEmpty();
  }

  private List<LintFinding> lint(BpmnModelInstance model) {
    return lint.lint(files(model), KnownDefinitions.NONE);
  }

  private static Map<String, byte[]> files(BpmnModelInstance model) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("processes/lint-sample.bpmn", bytes(model));
    files.put("forms/lint-sample-start.form", form(START_FORM));
    files.put("forms/lint-sample-task.form", form(TASK_FORM));
    return files;
  }

  private static KnownDefinitions engineWith(String processKey) {
    return KnownDefinitions.of(Set.of(), Set.of(), Set.of(processKey));
  }
}
