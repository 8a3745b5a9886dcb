package io.xborder.sop.projects;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** A project start refused because of its project code (business key); REST answers 400. */
public class ProjectStartRefused extends FormFieldValidationException {

  public ProjectStartRefused(String reason) {
    super("businessKey", reason);
  }
}
