package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.form.FormData;

/** The Camunda Form a task or start event shows (a generated form as the Camunda Form it amounts to), with the variables it reads. */
record DeployedForm(String formId, List<FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA_FORMS_KEY_PREFIX = "camunda-forms:";

  /** A Camunda Form is referenced by {@code camunda:formRef} or by a {@code camunda-forms:} form key. */
  static boolean isCamundaForm(FormData formData) {
    return formData != null && (formData.getCamundaFormRef() != null
        || (formData.getFormKey() != null && formData.getFormKey().startsWith(CAMUNDA_FORMS_KEY_PREFIX)));
  }

  static DeployedForm parse(InputStream form) {
    try (form) {
      return of(JSON.readTree(form));
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed Camunda Form is not JSON", e);
    }
  }

  static DeployedForm of(JsonNode schema) {
    return new DeployedForm(schema.path("id").asText(), FormField.of(schema));
  }

  Optional<FormField> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  /** What the form displays: every field, read-only ones included, and the options of dynamic fields. */
  Set<String> shownVariables() {
    Set<String> names = new LinkedHashSet<>();
    for (FormField field : fields) {
      names.add(field.key());
      if (field.valuesKey() != null) {
        names.add(field.valuesKey());
      }
    }
    return names;
  }
}
