package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.*;

import io.xborder.sop.PlatformHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The smallest SOP that calls the sign-off, for the sign-off's own tests: someone takes the request in,
 * someone prepares the work, then the sign-off judges it. Both people complete their task as themselves,
 * so the engine records who did what. One variant names the prepared task in {@value SignOff#COVERS_PROPERTY},
 * the other names nothing (every completed task of the caller counts).
 */
public final class SignOffCaller {

  public static final String TASK_TAKE_IN = "Task_TakeRequestIn";
  public static final String TASK_PREPARE = "Task_PrepareWork";
  static final String NAMING_KEY = "signoff-fixture-naming-the-work";
  static final String NAMING_NOTHING_KEY = "signoff-fixture-naming-nothing";

  private SignOffCaller() {}

  /** Starts the caller and has the two people do their tasks; returns the caller, now at its sign-off or past it. */
  public static ProcessInstance prepare(ProcessEngine engine, boolean namesTheWork, String takenInBy, String preparedBy,
      String actionType, String platform, String site, String riskLevel) {
    ProcessInstance caller = takeIn(engine, namesTheWork, takenInBy, preparedBy, actionType, platform, site, riskLevel);
    completeAs(engine, preparedBy, caller, TASK_PREPARE);
    return caller;
  }

  /** Starts the caller and has the request taken in; returns the caller, waiting for the preparer's work. */
  public static ProcessInstance takeIn(ProcessEngine engine, boolean namesTheWork, String takenInBy, String preparer,
      String actionType, String platform, String site, String riskLevel) {
    String key = namesTheWork ? NAMING_KEY : NAMING_NOTHING_KEY;
    deployOnce(engine, key, namesTheWork);
    ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey(key, "SIGN-" + UUID.randomUUID(),
        Map.of("takenInBy", takenInBy, "preparer", preparer, ACTION_TYPE, actionType, PLATFORM, platform,
            SITE, site, RISK_LEVEL, riskLevel, SUBJECT, "Company information for " + platform + " " + site));
    completeAs(engine, takenInBy, caller, TASK_TAKE_IN);
    return caller;
  }

  /** The sign-off judging the caller's work while it waits for approval. */
  public static ProcessInstance signOffOf(ProcessEngine engine, ProcessInstance caller) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  /** A sign-off of work taken in by wangwei and prepared by the given user, naming the prepared task. */
  public static ProcessInstance signOffPreparedBy(ProcessEngine engine, String preparedBy, String actionType,
      String platform, String site, String riskLevel) {
    return signOffOf(engine, prepare(engine, true, "wangwei", preparedBy, actionType, platform, site, riskLevel));
  }

  /** Completes the process instance's task of that key as the user, with the user's groups, as REST would. */
  public static void completeAs(ProcessEngine engine, String user, ProcessInstance instance, String taskKey) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId();
    asUser(engine, user, () -> engine.getTaskService().complete(taskId));
  }

  /** A demo-password user in the given groups, created once, e.g. a team lead who sits in both approving groups. */
  public static void ensureUser(ProcessEngine engine, String userId, String... groups) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identity.newUser(userId);
    user.setPassword(PlatformHttp.DEMO_PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(userId, group);
    }
  }

  public static void asUser(ProcessEngine engine, String user, Runnable work) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static synchronized void deployOnce(ProcessEngine engine, String key, boolean namesTheWork) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("审批测试流程").camundaHistoryTimeToLive(1095)
        .camundaStartableInTasklist(false)
        .startEvent("Event_Requested")
        .userTask(TASK_TAKE_IN).name("受理请求").camundaAssignee("${takenInBy}")
            .camundaFormField().camundaId("requestNote").camundaLabel("受理说明").camundaType("string").camundaFormFieldDone()
        .userTask(TASK_PREPARE).name("准备工作").camundaAssignee("${preparer}")
            .camundaFormField().camundaId("workNote").camundaLabel("工作说明").camundaType("string").camundaFormFieldDone()
        .callActivity("Activity_SignOff").name("审批工作").calledElement(PROCESS_KEY)
            .camundaIn(ACTION_TYPE, ACTION_TYPE).camundaIn(PLATFORM, PLATFORM).camundaIn(SITE, SITE)
            .camundaIn(RISK_LEVEL, RISK_LEVEL).camundaIn(SUBJECT, SUBJECT)
        .endEvent("Event_Done")
        .done();
    if (namesTheWork) {
      CamundaProperty covers = model.newInstance(CamundaProperty.class);
      covers.setCamundaName(COVERS_PROPERTY);
      covers.setCamundaValue(TASK_PREPARE);
      CamundaProperties properties = model.newInstance(CamundaProperties.class);
      properties.addChildElement(covers);
      model.<CallActivity>getModelElementById("Activity_SignOff").builder().addExtensionElement(properties);
    }
    engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
  }
}
