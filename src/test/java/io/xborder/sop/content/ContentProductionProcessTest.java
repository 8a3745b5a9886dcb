package io.xborder.sop.content;

import static io.xborder.sop.content.ContentProduction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class ContentProductionProcessTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aCompliantVideoIsPublishedAndReviewedAfterSevenDays() {
    ProcessInstance video = startAndShoot();
    complete(task(TASK_EDIT_VIDEO, video), withVariables("finalCutLink", "https://share.example/cut-1"));

    complete(task(TASK_REVIEW_COMPLIANCE, video), checklist(Map.of()));
    assertThat(video).isWaitingAtExactly(TASK_PUBLISH_VIDEO);
    assertThat(task(video)).hasCandidateGroup("operations");
    complete(task(video), withVariables("videoUrl", "https://www.tiktok.com/@shop/video/1"));

    assertThat(video).isWaitingAtExactly(EVENT_SEVEN_DAYS_LIVE);
    execute(job());
    complete(task(TASK_REVIEW_PERFORMANCE, video), withVariables("views", 12000, "orders", 85, "nextStep", "more"));
    assertThat(video).isEnded().hasPassedInOrder(TASK_CHOOSE_TOPIC, TASK_WRITE_SCRIPT, TASK_SHOOT_VIDEO,
        TASK_EDIT_VIDEO, TASK_REVIEW_COMPLIANCE, TASK_PUBLISH_VIDEO, TASK_REVIEW_PERFORMANCE);
  }

  @Test
  void aVideoFailingTheReviewGoesBackToEditingWithTheFindings() {
    ProcessInstance video = startAndShoot();
    complete(task(TASK_EDIT_VIDEO, video), withVariables("finalCutLink", "https://share.example/cut-1"));

    complete(task(TASK_REVIEW_COMPLIANCE, video), checklist(Map.of("disclosureInVideo", false)));

    assertThat(video).isWaitingAtExactly(TASK_EDIT_VIDEO);
    assertThat(task(video)).hasCandidateGroup("design");
    @SuppressWarnings("unchecked")
    List<String> findings = (List<String>) engine.getRuntimeService().getVariable(video.getId(), DISCLOSURE_FINDINGS);
    assertThat(findings).singleElement().asString().contains("视频本身没有披露");

    complete(task(video), withVariables("finalCutLink", "https://share.example/cut-2"));
    complete(task(TASK_REVIEW_COMPLIANCE, video), checklist(Map.of()));
    assertThat(video).isWaitingAtExactly(TASK_PUBLISH_VIDEO);
  }

  @Test
  void theShootIsOfferedToTheOutsideCreators() {
    ProcessInstance video = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "CP-" + UUID.randomUUID(),
        withVariables("productName", "Silicone spatula set"));
    complete(task(TASK_CHOOSE_TOPIC, video), withVariables("contentTopic", "3 ways to flip pancakes"));
    complete(task(TASK_WRITE_SCRIPT, video), withVariables("contentScript", "Hook, demo, #ad"));

    assertThat(video).isWaitingAtExactly(TASK_SHOOT_VIDEO);
    assertThat(task(video)).hasCandidateGroup("agency-creator");
  }

  private ProcessInstance startAndShoot() {
    ProcessInstance video = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "CP-" + UUID.randomUUID(),
        withVariables("productName", "Silicone spatula set"));
    complete(task(TASK_CHOOSE_TOPIC, video), withVariables("contentTopic", "3 ways to flip pancakes"));
    complete(task(TASK_WRITE_SCRIPT, video), withVariables("contentScript", "Hook, demo, #ad"));
    complete(task(TASK_SHOOT_VIDEO, video), withVariables("rawFootageLink", "https://share.example/raw"));
    return video;
  }

  /** Every checklist item met, except the given answers. */
  private static Map<String, Object> checklist(Map<String, Object> exceptions) {
    Map<String, Object> answers = new HashMap<>();
    DISCLOSURE_CHECKLIST.forEach(item -> answers.put(item, true));
    answers.putAll(exceptions);
    return answers;
  }
}
