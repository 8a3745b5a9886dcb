package io.xborder.sop.forms;

import java.util.List;
import java.util.Map;

/**
 * Options a start form's select offers before its project has any variable: the form names them with
 * {@code valuesKey} = {@link #name()}. Tasklist loads no variables for a start form, so the form is
 * served with them filled in ({@code StartFormOptions}); the implementation's own check in the engine refuses
 * a start with a value outside them (the form contract leaves them to it).
 */
public interface StartFormValues {

  /** The {@code valuesKey} a start form's select uses for these options. */
  String name();

  /** The options as form-js takes them: {@code label} and {@code value}. */
  List<Map<String, String>> options();
}
