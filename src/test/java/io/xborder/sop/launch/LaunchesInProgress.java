package io.xborder.sop.launch;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Product launches brought to a step through the engine's API, for tests of who may do what there. */
public final class LaunchesInProgress {

  private LaunchesInProgress() {}

  /** Research and supplier done: the photo agency's task is open. */
  public static ProcessInstance waitingForPhotos(ProcessEngine engine, String productName) {
    ProcessInstance launch = engine.getRuntimeService().startProcessInstanceByKey(ProductLaunch.PROCESS_KEY,
        "PL-" + UUID.randomUUID(), Map.of(ProductLaunch.PRODUCT_NAME, productName));
    complete(engine, launch, ProductLaunch.TASK_RESEARCH, Map.of());
    complete(engine, launch, ProductLaunch.TASK_CONFIRM_SUPPLIER, Map.of());
    return launch;
  }

  /** Shipped to FBA under the given shipment id: the launch waits for the ERP's FbaInboundReceived. */
  public static ProcessInstance waitingForFbaInbound(ProcessEngine engine, String productName, String shipmentId) {
    ProcessInstance launch = waitingForPhotos(engine, productName);
    complete(engine, launch, ProductLaunch.TASK_SHOOT_PHOTOS, Map.of());
    complete(engine, launch, ProductLaunch.TASK_WRITE_COPY, Map.of());
    complete(engine, launch, ProductLaunch.TASK_REVIEW_MAIN_IMAGE, Map.of(ProductLaunch.MAIN_IMAGE_APPROVED, true));
    complete(engine, launch, ProductLaunch.TASK_SHIP_TO_FBA, Map.of(ProductLaunch.FBA_SHIPMENT_ID, shipmentId));
    return launch;
  }

  private static void complete(ProcessEngine engine, ProcessInstance launch, String taskKey, Map<String, Object> variables) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(launch.getId())
        .taskDefinitionKey(taskKey).singleResult().getId();
    engine.getTaskService().complete(taskId, variables);
  }
}
