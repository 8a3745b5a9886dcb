package io.xborder.sop.projects;

import static io.xborder.sop.projects.ProjectVariables.PROJECT_CODE;
import static io.xborder.sop.projects.ProjectVariables.PROJECT_SUBJECT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Puts the project on every task: its code after the task's name (Tasklist's list and task header
 * show the name; five store openings no longer look alike) and code and subject above the task's
 * description (its definition of done, from the diagram's documentation). Runs after the template's
 * own create listeners, which may rename the task, and after the mails, which state the code apart.
 * Code and subject are also copied onto the task, for the shared filters' variable columns.
 */
public class ProjectTaskNames implements TaskListener {

  static final String SEPARATOR = " · ";
  private static final int MAX_TEXT = 4000;

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(PROJECT_CODE) instanceof String code) || code.isBlank()) {
      return;
    }
    String name = task.getName() == null ? "" : task.getName();
    if (!name.endsWith(code)) {
      task.setName(fit(name.isEmpty() ? code : name + SEPARATOR + code, 255));
    }
    Object subject = task.getVariable(PROJECT_SUBJECT);
    // Task-local copies for Tasklist's list columns: the engine shows a variable in the list to whoever may read
    // its task, while the project's own variables need a right to the process instance that staff do not have.
    task.setVariableLocal(PROJECT_CODE, code);
    if (subject != null) {
      task.setVariableLocal(PROJECT_SUBJECT, subject);
    }
    String project = subject == null ? code : code + SEPARATOR + subject;
    String description = task.getDescription();
    if (description == null || !description.startsWith(project)) {
      task.setDescription(fit(description == null || description.isBlank() ? project : project + "\n\n" + description,
          MAX_TEXT));
    }
  }

  /** The task's name as drawn, for texts that state the project code apart (mails). */
  public static String stepName(DelegateTask task) {
    String name = task.getName();
    return name != null && task.getVariable(PROJECT_CODE) instanceof String code && name.endsWith(SEPARATOR + code)
        ? name.substring(0, name.length() - SEPARATOR.length() - code.length()) : name;
  }

  /**
   * A recorded task name without the project code this listener appended, for reports that name steps
   * across projects. Codes have no spaces, so a name that merely contains the separator stays whole.
   */
  public static String withoutProjectCode(String name) {
    int separator = name == null ? -1 : name.lastIndexOf(SEPARATOR);
    if (separator < 0) {
      return name;
    }
    String tail = name.substring(separator + SEPARATOR.length());
    return tail.isEmpty() || tail.chars().anyMatch(Character::isWhitespace) ? name : name.substring(0, separator);
  }

  private static String fit(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }
}
