package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.launch.ProductLaunch;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outside photo agency, working on a launch's photos, tries every way of reading variables to
 * learn the launch's supplier, cost, price and market notes. It gets the fields of its task's form.
 */
@PlatformTest
class GuestVariablesAttackTest {

  private static final String AGENCY = "photo-agency";
  /** What the photo task's form shows: the product (read-only), the link and the image count. */
  private static final Set<String> PHOTO_FORM = Set.of("productName", "photoSetLink", "imageCount");

  @Autowired
  PlatformHttp http;

  @Autowired
  ProcessEngine engine;

  private String launchId;
  private Task photos;

  @BeforeEach
  void aLaunchWaitsForItsPhotos() {
    launchId = engine.getRuntimeService().startProcessInstanceByKey(ProductLaunch.PROCESS_KEY, "PL-" + UUID.randomUUID(),
        Map.of(ProductLaunch.PRODUCT_NAME, "Guest test lamp", ProductLaunch.SKU, "GTL-1", ProductLaunch.SITE, "US")).getId();
    complete(ProductLaunch.TASK_RESEARCH, Map.of("marketNotes", "Competitors sell at 39 USD", "targetPrice", 34));
    complete(ProductLaunch.TASK_CONFIRM_SUPPLIER, Map.of("supplierName", "Ningbo Lighting Co.", "unitCost", 41,
        "minimumOrderQuantity", 500, "leadTimeDays", 20));
    photos = engine.getTaskService().createTaskQuery().processInstanceId(launchId)
        .taskDefinitionKey(ProductLaunch.TASK_SHOOT_PHOTOS).singleResult();
  }

  @Test
  void theTasksVariablesAreTheFieldsOfItsForm() {
    for (String read : List.of("/variables", "/form-variables", "/variables?deserializeValues=false")) {
      JsonNode variables = json(http.get(REST + "/task/" + photos.getId() + read, AGENCY));

      assertThat(names(variables)).as(read).contains("productName").isSubsetOf(PHOTO_FORM);
      assertThat(variables.path("productName").path("value").asText()).isEqualTo("Guest test lamp");
    }
    assertThat(names(json(http.get(REST + "/task/" + photos.getId() + "/localVariables", AGENCY)))).isSubsetOf(PHOTO_FORM);
  }

  @Test
  void aVariableOutsideTheFormCannotBeReadByName() {
    HttpResponse<String> supplier = http.get(REST + "/task/" + photos.getId() + "/variables/supplierName", AGENCY);

    assertThat(supplier.statusCode()).isEqualTo(403);
    assertThat(supplier.body()).doesNotContain("Ningbo");
  }

  @Test
  void theProjectsVariablesAndTheirHistoryShowNothingMore() {
    List<String> reads = List.of(
        "/process-instance/" + launchId + "/variables",
        "/execution/" + photos.getExecutionId() + "/localVariables",
        "/variable-instance?processInstanceIdIn=" + launchId,
        "/history/variable-instance?processInstanceId=" + launchId,
        "/history/detail?processInstanceId=" + launchId);

    for (String read : reads) {
      HttpResponse<String> answer = http.get(REST + read, AGENCY);
      assertThat(answer.body()).as(read).doesNotContain("Ningbo").doesNotContain("Competitors").doesNotContain("unitCost")
          .doesNotContain("targetPrice");
      if (answer.statusCode() == 200) {
        assertThat(names(json(answer))).as(read).isSubsetOf(PHOTO_FORM);
      }
    }
    HttpResponse<String> variableQuery = http.postJson(REST + "/variable-instance", AGENCY,
        "{\"processInstanceIdIn\": [\"" + launchId + "\"]}");
    assertThat(variableQuery.body()).doesNotContain("Ningbo");
    assertThat(http.get(REST + "/variable-instance/count?processInstanceIdIn=" + launchId, AGENCY).statusCode()).isEqualTo(403);
  }

  @Test
  void staffStillSeeWhatTheirRightsAllow() {
    Task copy = engine.getTaskService().createTaskQuery().processInstanceId(launchId)
        .taskDefinitionKey(ProductLaunch.TASK_WRITE_COPY).singleResult();

    JsonNode variables = json(http.get(REST + "/task/" + copy.getId() + "/variables", "lina"));

    assertThat(names(variables)).contains("supplierName", "targetPrice");
  }

  /** The variable names in a map of variables, or in a list of variable instances or history details. */
  private static List<String> names(JsonNode variables) {
    List<String> names = new ArrayList<>();
    if (variables.isArray()) {
      variables.forEach(item -> names.add(item.hasNonNull("variableName") ? item.get("variableName").asText()
          : item.path("name").asText(item.path("fieldId").asText())));
    } else {
      variables.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(launchId).taskDefinitionKey(taskKey).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }
}
