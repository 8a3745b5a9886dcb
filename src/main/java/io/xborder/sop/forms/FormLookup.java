package io.xborder.sop.forms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the Camunda Form of a task or start event, and the values it reads, as the system: the
 * person calling may not read the process definition or the form, yet is held to it.
 */
@Component
class FormLookup {

  private final IdentityService identityService;
  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  /** Forms a deployment pins, parsed once: a deployed file never changes. */
  private final Map<String, DeployedForm> pinnedForms = new ConcurrentHashMap<>();

  FormLookup(ProcessEngine engine) {
    this.identityService = engine.getIdentityService();
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.repositoryService = engine.getRepositoryService();
    this.runtimeService = engine.getRuntimeService();
  }

  /**
   * Empty when the task does not exist (the engine's form lookup then fails) or shows no Camunda Form
   * (generated, embedded or no form).
   */
  Optional<DeployedForm> ofTask(String taskId) {
    return asSystem(() -> {
      FormData formData = formService.getTaskFormData(taskId);
      if (!DeployedForm.isCamundaForm(formData)) {
        return Optional.ofNullable(GeneratedForm.of(formData)).map(DeployedForm::of);
      }
      String pinned = pinnedForm(formData);
      return Optional.of(pinned == null ? DeployedForm.parse(formService.getDeployedTaskForm(taskId))
          : pinnedForms.computeIfAbsent(pinned, form -> DeployedForm.parse(formService.getDeployedTaskForm(taskId))));
    }, Optional.empty());
  }

  /**
   * A form file of the process's own deployment (binding {@code deployment}, or a {@code camunda-forms:deployment:}
   * key), named by deployment and (resolved) reference; null for the bindings a later deployment or a tenant changes.
   */
  private static String pinnedForm(FormData formData) {
    CamundaFormRef ref = formData.getCamundaFormRef();
    if (ref != null) {
      return "deployment".equals(ref.getBinding()) ? formData.getDeploymentId() + " " + ref.getKey() : null;
    }
    return formData.getFormKey().startsWith("camunda-forms:deployment:") ? formData.getDeploymentId() + " " + formData.getFormKey()
        : null;
  }

  Optional<DeployedForm> ofStartEvent(String processDefinitionId) {
    return asSystem(() -> {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionId(processDefinitionId).count() == 0) {
        return Optional.empty();
      }
      FormData formData = formService.getStartFormData(processDefinitionId);
      return DeployedForm.isCamundaForm(formData)
          ? Optional.of(DeployedForm.parse(formService.getDeployedStartForm(processDefinitionId)))
          : Optional.ofNullable(GeneratedForm.of(formData)).map(DeployedForm::of);
    }, Optional.empty());
  }

  /** The definition {@code /process-definition/key/{key}[/tenant-id/{tenant}]} starts, as the REST API picks it. */
  Optional<String> latestDefinitionId(String key, String tenantId) {
    return asSystem(() -> {
      ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
      List<ProcessDefinition> found = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId)).list();
      return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
    }, Optional.empty());
  }

  /** A variable the task's form reads (its current value, the options of a dynamic field). */
  Object taskVariable(String taskId, String name) {
    return asSystem(() -> taskService.getVariable(taskId, name), null);
  }

  Optional<String> processInstanceOfExecution(String executionId) {
    return asSystem(() -> Optional.ofNullable(runtimeService.createExecutionQuery().executionId(executionId).singleResult())
        .map(Execution::getProcessInstanceId), Optional.empty());
  }

  /**
   * What the caller's open tasks show, by process instance: the task query runs as the caller, so
   * it finds exactly the tasks the engine lets them see; their forms are then read as the system.
   */
  Map<String, Set<String>> shownToCaller() {
    Map<String, Set<String>> shown = new HashMap<>();
    for (Task task : taskService.createTaskQuery().list()) {
      Set<String> names = shown.computeIfAbsent(task.getProcessInstanceId(), instance -> new HashSet<>());
      ofTask(task.getId()).ifPresent(form -> names.addAll(form.shownVariables()));
    }
    return shown;
  }

  private <T> T asSystem(Supplier<T> lookup, T whenUnreadable) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } catch (ProcessEngineException e) {
      // A form that cannot be found or read is the engine's to report when it handles the request.
      return whenUnreadable;
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
