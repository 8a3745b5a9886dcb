package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.COVERS_PROPERTY;
import static io.xborder.sop.signoff.SignOff.TASK_APPROVE_LEVEL_1;
import static io.xborder.sop.signoff.SignOff.TASK_REWORK;

import io.xborder.sop.system.engine.InsideCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Who did the work under sign-off and who approved its first level, as the engine recorded it: the
 * user operation log's Complete and Resolve entries, which the engine writes with the authenticated
 * user and no client can write or change, and the user whose action started the sign-off (the
 * historic instance's start user). Never a process variable: a completion may write any of those.
 *
 * <p>The work under sign-off is the calling project's user tasks named in the call activity's
 * {@value SignOff#COVERS_PROPERTY} property (all of its completed user tasks when it names none), in
 * every round, plus every rework inside the sign-off.
 */
@Component("signOffFacts")
public class SignOffFacts {

  private static final Set<String> WORK_DONE =
      Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, UserOperationLogEntry.OPERATION_TYPE_RESOLVE);

  private final HistoryService history;
  private final IdentityService identity;

  public SignOffFacts(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** The rework's assignee, as {@code ${signOffFacts.latestPreparer(execution)}}: whoever last worked on it. */
  public String latestPreparer(DelegateExecution signOff) {
    return asEngine(() -> {
      List<UserOperationLogEntry> work = work(signOff);
      return work.isEmpty() ? sender(signOff).orElse(null) : work.get(work.size() - 1).getUserId();
    });
  }

  /** Everyone who prepared or reworked the work, earliest first; none of them may approve it. */
  Set<String> preparers(DelegateExecution signOff) {
    return asEngine(() -> {
      Set<String> preparers = work(signOff).stream().map(UserOperationLogEntry::getUserId)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      sender(signOff).ifPresent(preparers::add);
      return preparers;
    });
  }

  /** Who completed the first level this round: the latest first-level task of this sign-off. */
  Optional<String> level1Approver(DelegateExecution signOff) {
    return asEngine(() -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(signOff.getProcessInstanceId()).activityId(TASK_APPROVE_LEVEL_1).finished()
        .orderByHistoricActivityInstanceStartTime().desc().orderPartiallyByOccurrence().desc()
        .listPage(0, 1).stream().findFirst()
        .map(HistoricActivityInstance::getTaskId)
        .flatMap(taskId -> completions(signOff.getProcessInstanceId()).stream()
            .filter(entry -> taskId.equals(entry.getTaskId())
                && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()))
            .map(UserOperationLogEntry::getUserId).findFirst()));
  }

  /** The calling SOP's execution, waiting at its call activity; empty when the sign-off was started alone. */
  static Optional<DelegateExecution> caller(DelegateExecution signOff) {
    return Optional.ofNullable(signOff.getProcessInstance().getSuperExecution());
  }

  /** Completions of the covered tasks in the calling project and of the reworks here, in the order they happened. */
  private List<UserOperationLogEntry> work(DelegateExecution signOff) {
    List<UserOperationLogEntry> work = new ArrayList<>();
    caller(signOff).ifPresent(caller -> work.addAll(completionsOf(caller.getProcessInstanceId(), coveredTasks(caller))));
    work.addAll(completionsOf(signOff.getProcessInstanceId(), Set.of(TASK_REWORK)));
    work.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp));
    return work;
  }

  private List<UserOperationLogEntry> completionsOf(String processInstanceId, Set<String> taskKeys) {
    Map<String, String> taskKeyById = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .finished().list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, HistoricTaskInstance::getTaskDefinitionKey));
    return completions(processInstanceId).stream()
        .filter(entry -> taskKeys.isEmpty() || taskKeys.contains(taskKeyById.get(entry.getTaskId())))
        .toList();
  }

  /** One entry per completion or resolution; the engine writes one per property the operation changed. */
  private List<UserOperationLogEntry> completions(String processInstanceId) {
    return List.copyOf(history.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).entityType(EntityTypes.TASK).list().stream()
        .filter(entry -> WORK_DONE.contains(entry.getOperationType()) && entry.getUserId() != null)
        .collect(Collectors.toMap(UserOperationLogEntry::getOperationId, entry -> entry, (first, second) -> first))
        .values());
  }

  private static Set<String> coveredTasks(DelegateExecution caller) {
    FlowElement callActivity = caller.getBpmnModelElementInstance();
    ExtensionElements extensions = callActivity == null ? null : callActivity.getExtensionElements();
    if (extensions == null) {
      return Set.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> COVERS_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null)
        .map(CamundaProperty::getCamundaValue)
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::trim).filter(id -> !id.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whoever's action started the sign-off. While it starts, its history is not written yet, so then
   * it is the user of this very command.
   */
  private Optional<String> sender(DelegateExecution signOff) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(signOff.getProcessInstanceId()).singleResult();
    return Optional.ofNullable(instance == null ? currentUser() : instance.getStartUserId());
  }

  String currentUser() {
    var authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /**
   * The facts are read whatever the approver may read (a finance approver has no history rights);
   * read inside the command because the public services check the current user.
   */
  private static <T> T asEngine(Callable<T> read) {
    return InsideCommand.withoutAuthorization(read);
  }
}
