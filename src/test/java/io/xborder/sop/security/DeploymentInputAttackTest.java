package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.templates.Templates;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst (or anyone holding the deploy right) sends what is not a template, or a template
 * built to break the server: each is refused with 400 and the reason, nothing is stored, and the
 * engine keeps serving.
 */
@PlatformTest
class DeploymentInputAttackTest {

  private static final String ALLOWED = ".bpmn, .bpmn20.xml, .dmn, .dmn11.xml, .form";

  @Autowired
  PlatformHttp http;

  @Autowired
  RepositoryService repository;

  @Test
  void aCaseModelIsRefusedInsteadOfSkippingTheLint() {
    String cmmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL" id="Definitions_Case" targetNamespace="http://xborder.io/sop">
          <cmmn:case id="attack-case"><cmmn:casePlanModel id="CasePlanModel_1" /></cmmn:case>
        </cmmn:definitions>
        """;

    assertRefused("attack-cmmn", "case.cmmn", cmmn.getBytes(StandardCharsets.UTF_8), "case.cmmn [unsupported-file-type]");
    assertThat(repository.createCaseDefinitionQuery().caseDefinitionKey("attack-case").count()).isZero();
  }

  @Test
  void aFileThatIsNoTemplateIsRefusedListingTheAllowedTypes() {
    assertRefused("attack-txt", "notes.txt", "just some notes".getBytes(StandardCharsets.UTF_8),
        "notes.txt [unsupported-file-type] only " + ALLOWED + " files can be deployed");
  }

  @Test
  void anEmbeddedHtmlFormIsRefusedItWouldRunTheDeployersScriptInEveryBrowser() {
    assertRefused("attack-html", "form.html", "<form><script>fetch('/engine-rest/user')</script></form>".getBytes(StandardCharsets.UTF_8),
        "form.html [unsupported-file-type]");
  }

  @Test
  void aTemplateLargerThanTheResourceLimitIsRefused() {
    String process = Bpmn.convertToString(Bpmn.createExecutableProcess("attack-large").camundaHistoryTimeToLive(1)
        .camundaStartableInTasklist(false).startEvent().endEvent().done());
    byte[] large = process.replace("</definitions>", "<!--" + "x".repeat(3 * 1024 * 1024) + "--></definitions>")
        .getBytes(StandardCharsets.UTF_8);

    assertRefused("attack-large", "large.bpmn", large, "large.bpmn [resource-too-large]");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack-large").count()).isZero();
  }

  @Test
  void anUploadLargerThanTheDeploymentLimitIsCutOffWith400() {
    byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
    Arrays.fill(twentyMegabytes, (byte) 'x');

    HttpResponse<String> response = http.deployAsModeler("analyst", "attack-huge", Map.of("huge.txt", twentyMegabytes));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("xborder.deployment.max-size");
    assertThat(repository.createDeploymentQuery().deploymentName("attack-huge").count()).isZero();
  }

  @Test
  void deeplyNestedFeelIsRefusedAndTheEngineKeepsServing() {
    String nested = "(".repeat(5000) + "1" + ")".repeat(5000);

    assertRefused("attack-feel", "nested.dmn", Templates.decision("attack-nested", "< " + nested), "nested.dmn › decision 'Lint sample decision' (attack-nested), rule 1, column '库存可售天数' [too-deeply-nested]");

    assertThat(http.get(REST + "/deployment?maxResults=0", "analyst").statusCode()).isEqualTo(200);
    HttpResponse<String> good = http.deployAsModeler("analyst", "after-nested", Map.of("after.dmn", Templates.decision("after-nested", "< 7")));
    assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
  }

  @Test
  void deeplyNestedExpressionsInAProcessAreRefused() {
    String nested = "${" + "(".repeat(5000) + "true" + ")".repeat(5000) + "}";
    byte[] process = Bpmn.convertToString(Bpmn.createExecutableProcess("attack-nested-juel").camundaHistoryTimeToLive(1)
        .camundaStartableInTasklist(false).startEvent().serviceTask("Task_Nested").camundaExpression(nested).endEvent().done())
        .getBytes(StandardCharsets.UTF_8);

    assertRefused("attack-nested-juel", "nested.bpmn", process, "nested.bpmn › service task 'Task_Nested' (Task_Nested) [too-deeply-nested]");
  }

  private void assertRefused(String deploymentName, String file, byte[] content, String finding) {
    HttpResponse<String> response = http.deployAsModeler("analyst", deploymentName, Map.of(file, content));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(finding);
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
  }
}
