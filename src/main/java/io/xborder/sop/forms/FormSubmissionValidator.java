package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Checks the variables of a completed task or a started process against the element's Camunda
 * Form. Only submissions with a logged-in user are checked — everything from Tasklist and the REST
 * API, which {@code /engine-rest} requires — so trusted server code and tests that drive the engine
 * directly are not held to a person's form.
 */
class FormSubmissionValidator implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A form definition never changes once deployed, so its parsed rules are kept by definition id. */
  private static final Map<String, FormRules> RULES = new ConcurrentHashMap<>();

  private final String formRef;
  private final boolean latestBinding;

  FormSubmissionValidator(String formRef, boolean latestBinding) {
    this.formRef = formRef;
    this.latestBinding = latestBinding;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CommandContext context = Context.getCommandContext();
    if (context.getAuthenticatedUserId() == null) {
      return;
    }
    CamundaFormDefinitionEntity form = latestBinding
        ? context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef)
        : context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(
            ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId(), formRef);
    if (form == null) {
      return;
    }
    List<String> violations = RULES.computeIfAbsent(form.getId(), id -> parse(context, form))
        .violations(execution::getVariable);
    if (!violations.isEmpty()) {
      String message = RefusalMessages.formNotFilledIn(formRef, violations);
      // The REST API's start endpoint answers every engine exception with 500 and passes only its own
      // request errors on as 4xx; task completion and form submission know the engine's form error.
      throw isStart(execution) ? new InvalidRequestException(Status.BAD_REQUEST, message)
          : new FormFieldValidationException(violations, message);
    }
  }

  private static boolean isStart(DelegateExecution execution) {
    return execution.getBpmnModelElementInstance() instanceof StartEvent;
  }

  private static FormRules parse(CommandContext context, CamundaFormDefinitionEntity form) {
    byte[] json = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName()).getBytes();
    try {
      return new FormRules(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Deployed form " + form.getResourceName() + " is not JSON", e);
    }
  }
}
