package io.xborder.sop.forms.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.forms.FormRules;
import io.xborder.sop.forms.RefusalMessages;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Checks the variables of a completed task or a started process against the element's Camunda
 * Form, however the model references it ({@link CamundaFormLocation}). Only submissions with a logged-in user are checked — everything from Tasklist and the REST
 * API, which {@code /engine-rest} requires — so trusted server code and tests that drive the engine
 * directly are not held to a person's form.
 */
class FormSubmissionValidator implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A deployed file never changes, so a form's parsed rules are kept by the file's id. */
  private static final Map<String, FormRules> RULES = new ConcurrentHashMap<>();

  private final CamundaFormLocation form;
  /** The rules of a generated form, known from the model itself; null for a Camunda Form. */
  private final FormRules generatedFormRules;
  /**
   * The rules of a form this process's deployment pins (binding {@code deployment} or {@code version}, or a
   * file of the deployment), once read: every completion would otherwise read the form's file again.
   */
  private volatile FormRules pinnedFormRules;

  FormSubmissionValidator(CamundaFormLocation form) {
    this.form = form;
    this.generatedFormRules = null;
  }

  FormSubmissionValidator(FormRules generatedFormRules) {
    this.form = null;
    this.generatedFormRules = generatedFormRules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CommandContext context = Context.getCommandContext();
    if (context.getAuthenticatedUserId() == null) {
      return;
    }
    FormRules rules = generatedFormRules != null ? generatedFormRules : pinnedFormRules;
    if (rules == null) {
      ResourceEntity file = form.find(context, ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId());
      if (file == null) {
        return;
      }
      rules = RULES.computeIfAbsent(file.getId(), id -> parse(file));
      if (form.pinnedByDeployment()) {
        pinnedFormRules = rules;
      }
    }
    List<String> violations = rules.violations(execution::getVariable);
    if (!violations.isEmpty()) {
      String message = RefusalMessages.formNotFilledIn(violations);
      // The REST API's start endpoint answers every engine exception with 500 and passes only its own
      // request errors on as 4xx; task completion and form submission know the engine's form error.
      throw isStart(execution) ? new InvalidRequestException(Status.BAD_REQUEST, message)
          : new FormFieldValidationException(violations, message);
    }
  }

  private static boolean isStart(DelegateExecution execution) {
    return execution.getBpmnModelElementInstance() instanceof StartEvent;
  }

  private static FormRules parse(ResourceEntity file) {
    try {
      return new FormRules(JSON.readTree(file.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("Deployed form " + file.getName() + " is not JSON", e);
    }
  }
}
