package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformHttp.WebAppSession;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.storeopening.StoreOpening;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person tries to write more through a completion or a start than the form lets them: fields
 * shown for reading only, fields the form does not have, values of the wrong type, and sizes the
 * engine cannot store. Each is refused with 400 naming the fields, and nothing is written.
 */
@PlatformTest
class FormContractAttackTest {

  private static final String ADMIN = "admin";

  @Autowired
  PlatformHttp http;

  @Autowired
  ProcessEngine engine;

  @ParameterizedTest
  @ValueSource(strings = {"complete", "submit-form", "resolve"})
  void theProjectOwnerCannotHandTheProjectToTheAgencyWhileCompletingATask(String call) {
    Task documents = prepareDocumentsTaskOfLina();

    HttpResponse<String> refused = http.postJson(REST + "/task/" + documents.getId() + "/" + call, "lina",
        "{\"variables\": {\"documentsFolder\": {\"value\": \"https://share.example/scans\"},"
            + " \"projectOwner\": {\"value\": \"photo-agency\"}, \"riskLevel\": {\"value\": \"low\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("projectOwner is not a field of the form 'prepare-company-documents'")
        .contains("riskLevel is not a field").contains("\"fields\":[\"projectOwner\",\"riskLevel\"]");
    assertUntouched(documents);
  }

  @Test
  void aFieldShownForReadingOnlyCannotBeRewritten() {
    Task documents = prepareDocumentsTaskOfLina();

    HttpResponse<String> refused = http.postJson(REST + "/task/" + documents.getId() + "/complete", "lina",
        "{\"variables\": {\"documentsFolder\": {\"value\": \"https://share.example/scans\"},"
            + " \"storeName\": {\"value\": \"Someone else's store\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\\\"店铺\\\" (storeName) is shown for reading only");
    assertUntouched(documents);
  }

  @Test
  void valuesOfTheWrongTypeAreRefusedAtTheStart() {
    long before = storeOpenings();

    HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        startForm("\"site\": {\"value\": 49, \"type\": \"Integer\"},"
            + " \"storeName\": {\"value\": \"{\\\"name\\\": \\\"x\\\"}\", \"type\": \"Json\"}"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\\\"店铺名称\\\" (storeName) must be text");
    // The site is a select now: a number is none of its options.
    HttpResponse<String> numberAsSite = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        startForm("\"site\": {\"value\": 49, \"type\": \"Integer\"}"));
    assertThat(numberAsSite.statusCode()).as(numberAsSite.body()).isEqualTo(400);
    assertThat(numberAsSite.body()).contains("site must be one of the form's options");
    assertThat(storeOpenings()).isEqualTo(before);
  }

  @Test
  void aStartCannotSkipTheStartFormOrAddFieldsToIt() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(StoreOpening.PROCESS_KEY).latestVersion().singleResult().getId();
    long before = storeOpenings();

    HttpResponse<String> unknownField = http.postJson(REST + "/process-definition/" + definitionId + "/start", "lina",
        startForm("\"site\": {\"value\": \"DE\"}, \"approvedBy\": {\"value\": \"zhoujing\"}"));
    HttpResponse<String> skipping = http.postJson(REST + "/process-definition/" + definitionId + "/start", "lina",
        "{\"skipCustomListeners\": true, \"startInstructions\": [{\"type\": \"startBeforeActivity\","
            + " \"activityId\": \"Task_ListFirstProduct\"}], " + startForm("\"site\": {\"value\": \"DE\"}").substring(1));

    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(unknownField.body()).contains("approvedBy is not a field of the form 'store-opening-start'");
    assertThat(skipping.statusCode()).isEqualTo(400);
    assertThat(skipping.body()).contains("'skipCustomListeners' is for administrators").contains("'startInstructions'");
    assertThat(storeOpenings()).isEqualTo(before);
  }

  @Test
  void anOversizedBusinessKeyOrVariableIsRefusedWithoutAServerError() {
    long before = storeOpenings();
    Task documents = prepareDocumentsTaskOfLina();

    HttpResponse<String> longKey = http.postJson(REST + "/process-definition/key/store-opening/start", "lina",
        startForm("\"site\": {\"value\": \"DE\"}").replaceFirst("SO-[^\"]+", "K".repeat(256)));
    HttpResponse<String> longText = http.postJson(REST + "/task/" + documents.getId() + "/complete", "lina",
        "{\"variables\": {\"documentsFolder\": {\"value\": \"" + "x".repeat(100 * 1024) + "\"}}}");

    assertThat(longKey.statusCode()).isEqualTo(400);
    assertThat(longKey.body()).contains("businessKey has 256 characters, at most 255");
    assertThat(longText.statusCode()).isEqualTo(400);
    assertThat(longText.body()).contains("documentsFolder has 102400 characters, at most 4000");
    assertThat(storeOpenings()).isEqualTo(before + 1);
    assertUntouched(documents);
  }

  @Test
  void anAdministratorsOversizedJsonVariableIsRefusedToo() {
    Task documents = prepareDocumentsTaskOfLina();
    String processInstanceId = documents.getProcessInstanceId();

    HttpResponse<String> refused = http.putJson(REST + "/process-instance/" + processInstanceId + "/variables/notes", ADMIN,
        "{\"type\": \"Json\", \"value\": \"[\\\"" + "x".repeat(300 * 1024) + "\\\"]\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("notes has").contains("at most 262144 are allowed");
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "notes")).isNull();
  }

  @Test
  void tasklistsSessionApiIsHeldToTheSameForm() {
    Task documents = prepareDocumentsTaskOfLina();
    WebAppSession tasklist = http.webAppSession("lina", "tasklist");

    HttpResponse<String> refused = http.webAppPostJson(tasklist,
        "/camunda/api/engine/engine/default/task/" + documents.getId() + "/submit-form",
        "{\"variables\": {\"documentsFolder\": {\"value\": \"https://share.example/scans\"},"
            + " \"projectOwner\": {\"value\": \"photo-agency\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("projectOwner is not a field");
    assertUntouched(documents);
  }

  @Test
  void whatTasklistSendsForTheFormIsAccepted() {
    Task documents = prepareDocumentsTaskOfLina();
    WebAppSession tasklist = http.webAppSession("lina", "tasklist");

    // form-js leaves disabled fields out; Tasklist sends primitives untyped.
    HttpResponse<String> completed = http.webAppPostJson(tasklist,
        "/camunda/api/engine/engine/default/task/" + documents.getId() + "/submit-form",
        "{\"variables\": {\"documentsFolder\": {\"value\": \"https://share.example/scans\"}}}");

    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(documents.getProcessInstanceId(), "documentsFolder"))
        .isEqualTo("https://share.example/scans");
  }

  @Test
  void aCorrectStartThroughTheApiStillStartsTheProject() {
    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/store-opening/start", "lina",
        startForm("\"site\": {\"value\": \"DE\"}"));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lina", "photo-agency", "erp-integration"})
  void nobodyButAnAdministratorSetsVariablesOutsideACompletion(String attacker) {
    Task documents = prepareDocumentsTaskOfLina();
    String task = REST + "/task/" + documents.getId();
    String instance = REST + "/process-instance/" + documents.getProcessInstanceId();
    String execution = REST + "/execution/" + documents.getExecutionId();
    String owner = "{\"value\": \"" + attacker + "\"}";
    String modification = "{\"modifications\": {\"projectOwner\": " + owner + "}}";

    List<HttpResponse<String>> attempts = List.of(
        http.putJson(task + "/variables/projectOwner", attacker, owner),
        http.postJson(task + "/variables", attacker, modification),
        http.delete(task + "/variables/riskLevel", attacker),
        http.putJson(task + "/localVariables/projectOwner", attacker, owner),
        http.postJson(task + "/localVariables", attacker, modification),
        http.putJson(execution + "/localVariables/projectOwner", attacker, owner),
        http.postJson(execution + "/localVariables", attacker, modification),
        http.putJson(instance + "/variables/projectOwner", attacker, owner),
        http.postJson(instance + "/variables", attacker, modification),
        http.delete(instance + "/variables/riskLevel", attacker),
        http.postJson(REST + "/process-instance/variables-async", attacker,
            "{\"processInstanceIds\": [\"" + documents.getProcessInstanceId() + "\"], \"variables\": {\"projectOwner\": " + owner + "}}"));

    assertThat(attempts).allSatisfy(attempt -> {
      assertThat(attempt.statusCode()).as(attempt.uri() + " " + attempt.body()).isEqualTo(403);
      // The ERP's account is turned away earlier still, by the integration fence.
      assertThat(attempt.body()).containsAnyOf("Variables are changed only by completing a task through its form",
          "is an integration account");
    });
    assertUntouched(documents);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bpmnError", "bpmnEscalation"})
  void theOwnerCannotEndHerTaskAroundItsFormWithAnErrorOrEscalation(String call) {
    Task documents = prepareDocumentsTaskOfLina();

    HttpResponse<String> refused = http.postJson(REST + "/task/" + documents.getId() + "/" + call, "lina",
        "{\"errorCode\": \"abort\", \"escalationCode\": \"abort\","
            + " \"variables\": {\"projectOwner\": {\"value\": \"photo-agency\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("may finish a task only by submitting its form");
    assertUntouched(documents);
  }

  @Test
  void throughTheWebAppsSessionApiTooButAnAdministratorMay() {
    Task documents = prepareDocumentsTaskOfLina();
    String variables = "/camunda/api/engine/engine/default/process-instance/" + documents.getProcessInstanceId() + "/variables";

    HttpResponse<String> lina = http.webAppPostJson(http.webAppSession("lina", "tasklist"), variables,
        "{\"modifications\": {\"projectOwner\": {\"value\": \"photo-agency\"}}}");
    HttpResponse<String> admin = http.webAppPostJson(http.webAppSession(ADMIN, "cockpit"), variables,
        "{\"modifications\": {\"supportNote\": {\"value\": \"Checked by the admin\"}}}");

    assertThat(lina.statusCode()).isEqualTo(403);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariables(documents.getProcessInstanceId()))
        .containsEntry(StoreOpening.PROJECT_OWNER, "lina").containsEntry("supportNote", "Checked by the admin");
  }

  private String startForm(String extraFields) {
    return "{\"businessKey\": \"SO-" + UUID.randomUUID() + "\", \"variables\": {\"platform\": {\"value\": \"amazon\"}, \"companyName\": {\"value\": \"Xborder Ltd\"},"
        + " \"storeName\": {\"value\": \"Xborder DE\"}, \"riskLevel\": {\"value\": \"normal\"},"
        + " \"projectOwner\": {\"value\": \"lina\"}, " + extraFields + "}}";
  }

  private Task prepareDocumentsTaskOfLina() {
    String store = engine.getRuntimeService().startProcessInstanceByKey(StoreOpening.PROCESS_KEY, "SO-" + UUID.randomUUID(),
        Map.of(StoreOpening.PLATFORM, "amazon", StoreOpening.SITE, "DE", StoreOpening.COMPANY_NAME, "Xborder Ltd",
            StoreOpening.STORE_NAME, "Xborder DE", StoreOpening.PROJECT_OWNER, "lina", "riskLevel", "normal")).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(store)
        .taskDefinitionKey(StoreOpening.TASK_PREPARE_COMPANY_DOCUMENTS).singleResult();
  }

  /** The task is still open and the project's variables are as they were before the attempt. */
  private void assertUntouched(Task task) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    Map<String, Object> variables = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
    assertThat(variables).containsEntry(StoreOpening.PROJECT_OWNER, "lina").containsEntry("riskLevel", "normal")
        .containsEntry(StoreOpening.STORE_NAME, "Xborder DE").doesNotContainKey("documentsFolder");
  }

  private long storeOpenings() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StoreOpening.PROCESS_KEY).count();
  }
}
