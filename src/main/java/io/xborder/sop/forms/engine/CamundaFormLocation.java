package io.xborder.sop.forms.engine;

import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Where the engine finds the Camunda Form of a user task or start event, whichever way the model
 * references it: {@code camunda:formRef} with its binding, or a {@code camunda-forms:deployment:}
 * form key naming a file of the process's own deployment. Looked up as Tasklist's form is.
 *
 * @param formRef the form's id ({@code camunda:formRef}), or null for a form key
 * @param binding {@code latest}, {@code deployment} or {@code version}
 * @param version the version for binding {@code version}
 * @param resourceName the file named by a {@code camunda-forms:deployment:} form key, or null
 */
record CamundaFormLocation(String formRef, String binding, Integer version, String resourceName) {

  private static final String FORM_KEY_IN_DEPLOYMENT = "camunda-forms:deployment:";

  /** The location a model's attributes give, or null when they name no Camunda Form known before run time. */
  static CamundaFormLocation of(String formRef, String binding, String version, String formKey) {
    if (formRef != null && !formRef.isBlank()) {
      if (isExpression(formRef)) {
        return null;
      }
      String effective = binding == null ? "latest" : binding;
      Integer fixedVersion = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
      return effective.equals("version") && fixedVersion == null ? null : new CamundaFormLocation(formRef, effective, fixedVersion, null);
    }
    if (formKey != null && formKey.startsWith(FORM_KEY_IN_DEPLOYMENT) && !isExpression(formKey)) {
      return new CamundaFormLocation(null, null, null, formKey.substring(FORM_KEY_IN_DEPLOYMENT.length()));
    }
    return null;
  }

  /** The form's file, as the engine would serve it for a process of the given deployment; null if it is not there. */
  ResourceEntity find(CommandContext context, String processDeploymentId) {
    if (resourceName != null) {
      return context.getResourceManager().findResourceByDeploymentIdAndResourceName(processDeploymentId, resourceName);
    }
    CamundaFormDefinitionManager forms = context.getCamundaFormDefinitionManager();
    CamundaFormDefinitionEntity form = switch (binding) {
      case "deployment" -> forms.findDefinitionByDeploymentAndKey(processDeploymentId, formRef);
      case "version" -> forms.findDefinitionByKeyVersionAndTenantId(formRef, version, null);
      default -> forms.findLatestDefinitionByKey(formRef);
    };
    return form == null ? null
        : context.getResourceManager().findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
  }

  /**
   * Whether the process's deployment alone decides the form (binding {@code deployment} or a file of the
   * deployment); {@code latest} changes with the next deployment of the form, {@code version} with the tenant.
   */
  boolean pinnedByDeployment() {
    return resourceName != null || "deployment".equals(binding);
  }

  /** How messages name the form: its id, or its file. */
  String name() {
    return formRef != null ? formRef : resourceName;
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }
}
