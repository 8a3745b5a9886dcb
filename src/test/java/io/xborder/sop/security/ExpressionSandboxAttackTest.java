package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst tries to run code on the server through a template: deployed from Modeler, every
 * attempt is refused with the file, element and rule; a model that got into the engine some other
 * way (deployed before the lint knew better) cannot run it either when a project is started.
 */
@PlatformTest
class ExpressionSandboxAttackTest {

  private static final String TASK = "Task_Attack";
  /** The model builder has no script listeners: this listener's expression becomes a groovy script. */
  private static final String GROOVY_LISTENER = "${groovyScriptListener}";

  @Autowired
  PlatformHttp http;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  static Stream<Arguments> attacks() {
    Path marker = marker();
    return Stream.of(
        attack("Runtime.exec through getClass().forName", TASK, "forbidden-expression",
            start -> start.serviceTask(TASK).camundaExpression(execCommand(marker)).endEvent()),
        attack("an engine service as a bean", TASK, "not-in-catalogue",
            start -> start.serviceTask(TASK).camundaExpression("${identityService.createUserQuery().count()}").endEvent()),
        attack("the process engine by name", TASK, "forbidden-expression",
            start -> start.serviceTask(TASK).camundaExpression("${processEngine.identityService.createUserQuery().count()}").endEvent()),
        attack("a controller of the platform as a bean", TASK, "not-in-catalogue",
            start -> start.serviceTask(TASK).camundaExpression("${reportController.toString()}").endEvent()),
        attack("Spring's application context", TASK, "forbidden-expression",
            start -> start.serviceTask(TASK).camundaExpression("${applicationContext.getBean('identityService')}").endEvent()),
        attack("the engine behind the execution", TASK, "forbidden-expression",
            start -> start.serviceTask(TASK).camundaExpression("${execution.getProcessEngineServices().getIdentityService()}").endEvent()),
        attack("a catalogue bean's method outside the catalogue", TASK, "not-in-catalogue",
            start -> start.serviceTask(TASK).camundaExpression("${signOffGuard.notify(execution)}").endEvent()),
        attack("a Java class as the service task", TASK, "class-reference",
            start -> start.serviceTask(TASK).camundaClass("org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior").endEvent()),
        attack("a Java class as an execution listener", TASK, "class-reference",
            start -> start.serviceTask(TASK).camundaExpression("${true}")
                .camundaExecutionListenerClass("start", "org.camunda.bpm.engine.impl.bpmn.listener.ClassDelegateExecutionListener").endEvent()),
        attack("an execution listener expression with getClass", TASK, "forbidden-expression",
            start -> start.serviceTask(TASK).camundaExpression("${true}")
                .camundaExecutionListenerExpression("start", "${execution.getClass().getClassLoader()}").endEvent()),
        attack("a groovy script task", TASK, "script",
            start -> start.scriptTask(TASK).scriptFormat("groovy").scriptText("'touch /tmp/pwned'.execute()").endEvent()),
        attack("a javascript script task", TASK, "script",
            start -> start.scriptTask(TASK).scriptFormat("javascript").scriptText("java.lang.Runtime.getRuntime().exec('id')").endEvent()),
        attack("a JUEL script task", TASK, "script",
            start -> start.scriptTask(TASK).scriptFormat("juel").scriptText(execCommand(marker)).endEvent()),
        attack("a script execution listener", TASK, "script",
            start -> start.serviceTask(TASK).camundaExpression("${true}")
                .camundaExecutionListenerExpression("start", GROOVY_LISTENER).endEvent()),
        attack("a groovy condition", "Flow_Attack", "script",
            start -> start.exclusiveGateway("Gateway_Check").sequenceFlowId("Flow_Attack").condition("always", "${true}").endEvent()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void aDeploymentThatWouldRunCodeIsRefusedNamingFileElementAndRule(String what, String elementId, String rule,
      Consumer<StartEventBuilder> attack) {
    String key = "attack-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance model = process(key, attack);

    HttpResponse<String> response = http.deployAsModeler("analyst", key, Map.of(key + ".bpmn", bytes(model)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).containsPattern(Pattern.quote(key + ".bpmn › ") + "[^\\[\\]]*"
            + Pattern.quote("(" + elementId + ") [" + rule + "]"))
        .contains("\"mainElementId\":\"" + elementId + "\"");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(marker()).doesNotExist();
  }

  @Test
  void juelInADecisionIsRefused() {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Juel" name="juel" namespace="http://xborder.io/sop">
          <decision id="attack-juel-decision" name="JUEL decision" camunda:historyTimeToLive="P1095D">
            <decisionTable id="Table_Juel">
              <input id="Input_Juel" label="Input">
                <inputExpression id="InputExpression_Juel" typeRef="string" expressionLanguage="juel"><text>${''.getClass().forName('java.lang.Runtime')}</text></inputExpression>
              </input>
              <output id="Output_Juel" name="result" typeRef="string" />
              <rule id="Rule_Juel">
                <inputEntry id="InputEntry_Juel"><text>-</text></inputEntry>
                <outputEntry id="OutputEntry_Juel"><text>"x"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    HttpResponse<String> response = http.deployAsModeler("analyst", "attack-juel-decision",
        Map.of("attack-juel.dmn", dmn.getBytes(StandardCharsets.UTF_8)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("attack-juel.dmn › decision 'JUEL decision' (attack-juel-decision), input column 'Input' (its expression) [dmn-expression-not-feel]");
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("attack-juel-decision").count())
        .isZero();
  }

  @Test
  void aMethodNameChosenAtRunTimePassesTheLintButCannotReachTheEngine() {
    String key = "attack-dynamic";
    BpmnModelInstance model = process(key, start -> start.serviceTask(TASK)
        .camundaExpression("${execution['processEngine'.concat('Services')].identityService.createUserQuery().count()}").endEvent());
    assertThat(http.deployAsModeler("analyst", key, Map.of(key + ".bpmn", bytes(model))).statusCode()).isEqualTo(200);

    HttpResponse<String> started = startAsStaff(key);

    assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
    assertThat(started.body()).contains("Expression refused").contains("processEngineServices");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
  }

  static Stream<Arguments> slippedIn() {
    Path marker = marker();
    return Stream.of(
        Arguments.of("Runtime.exec through getClass().forName", (Consumer<StartEventBuilder>)
            start -> start.serviceTask(TASK).camundaExpression(execCommand(marker)).endEvent()),
        Arguments.of("a JUEL script task", (Consumer<StartEventBuilder>)
            start -> start.scriptTask(TASK).scriptFormat("juel").scriptText(execCommand(marker)).endEvent()),
        Arguments.of("an engine service as a bean", (Consumer<StartEventBuilder>)
            start -> start.serviceTask(TASK).camundaExpression(
                "${identityService.saveUser(identityService.newUser('intruder'))}").endEvent()),
        Arguments.of("the engine behind the execution", (Consumer<StartEventBuilder>)
            start -> start.serviceTask(TASK).camundaExpression(
                "${execution.processEngineServices.identityService.saveUser(execution.processEngineServices.identityService.newUser('intruder'))}").endEvent()));
  }

  /**
   * A model deployed before this change: its XML is in the database and the engine parses it again
   * from there, without the lint (which checks only new deployments). Reproduced by deploying a
   * harmless model and replacing its bytes in the database, then dropping the engine's cache.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("slippedIn")
  void aModelThatSlippedPastTheLintCannotRunCodeWhenAProjectStarts(String what, Consumer<StartEventBuilder> attack) {
    String key = "slipped-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance harmless = process(key, start -> start.serviceTask(TASK).camundaExpression("${true}").endEvent());
    assertThat(http.deployAsModeler("analyst", key, Map.of(key + ".bpmn", bytes(harmless))).statusCode()).isEqualTo(200);
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
    jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE DEPLOYMENT_ID_ = ? AND NAME_ = ?",
        bytes(process(key, attack)), definition.getDeploymentId(), key + ".bpmn");
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache().discardProcessDefinitionCache();

    HttpResponse<String> started = startAsStaff(key);
    HttpResponse<String> startedOverRest = http.postJson(REST + "/process-definition/key/" + key + "/start", "lina",
        "{\"variables\": {}}");

    for (HttpResponse<String> refused : List.of(started, startedOverRest)) {
      assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).containsAnyOf("Expression refused", "Scripts do not run");
    }
    assertThat(marker()).doesNotExist();
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
  }

  /** Started the way Tasklist starts a project. */
  private HttpResponse<String> startAsStaff(String key) {
    return http.postJson(REST + "/process-definition/key/" + key + "/submit-form", "lina", "{\"variables\": {}}");
  }

  private static Arguments attack(String what, String elementId, String rule, Consumer<StartEventBuilder> attack) {
    return Arguments.of(what, elementId, rule, attack);
  }

  /** A process only started over REST: the attack between its start and end event, nothing else to lint. */
  private static BpmnModelInstance process(String key, Consumer<StartEventBuilder> attack) {
    StartEventBuilder start = Bpmn.createExecutableProcess(key).name("攻击测试").camundaHistoryTimeToLive(1)
        .camundaStartableInTasklist(false).startEvent("Event_Start");
    attack.accept(start);
    BpmnModelInstance model = start.done();
    model.getModelElementsByType(CamundaExecutionListener.class).stream()
        .filter(listener -> GROOVY_LISTENER.equals(listener.getCamundaExpression()))
        .forEach(listener -> {
          listener.setCamundaExpression(null);
          CamundaScript script = model.newInstance(CamundaScript.class);
          script.setCamundaScriptFormat("groovy");
          script.setTextContent("'touch /tmp/pwned'.execute()");
          listener.setCamundaScript(script);
        });
    return model;
  }

  private static String execCommand(Path marker) {
    return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')}";
  }

  private static Path marker() {
    return Path.of(System.getProperty("java.io.tmpdir"), "xborder-expression-sandbox-marker");
  }

  /** As Modeler writes it; a condition is written as a groovy script (the model API cannot set its language). */
  private static byte[] bytes(BpmnModelInstance model) {
    return Bpmn.convertToString(model)
        .replace("<conditionExpression ", "<conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:type=\"tFormalExpression\" language=\"groovy\" ")
        .getBytes(StandardCharsets.UTF_8);
  }

  static {
    try {
      Files.deleteIfExists(marker());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
