package io.xborder.sop.notification;

import io.xborder.sop.notification.Recipients.Recipient;
import io.xborder.sop.notification.engine.MailJobHandler;
import io.xborder.sop.projects.ProjectTaskNames;
import io.xborder.sop.projects.ProjectVariables;
import io.xborder.sop.projects.TypedVariables;
import io.xborder.sop.signoff.SignOff;
import io.xborder.sop.system.engine.InsideCommand;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the mails a piece of work calls for, one engine job per recipient, in the transaction of the
 * work itself: they exist exactly when the work was saved, and are sent after it by {@link MailJobHandler}.
 */
@Component
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private final Recipients recipients;
  private final NotificationSettings settings;

  Notifications(Recipients recipients, NotificationSettings settings) {
    this.recipients = recipients;
    this.settings = settings;
  }

  /** A new task nobody has yet: its candidates are told (approvers: a sign-off is requested). */
  public void taskOffered(DelegateTask task) {
    MailKind kind = isApproval(task) ? MailKind.SIGN_OFF_REQUESTED : MailKind.TASK_OFFERED;
    post(kind, task, candidateUsers(task), candidateGroups(task), null);
  }

  /** A task given to someone by someone else (claiming one's own task needs no mail). */
  public void taskAssigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null || assignee.equals(currentUser())) {
      return;
    }
    if (isRework(task)) {
      post(MailKind.WORK_REJECTED, task, List.of(assignee), List.of(),
          TypedVariables.read(task, SignOff.REJECTION_REASON, String.class));
    } else {
      post(MailKind.TASK_ASSIGNED, task, List.of(assignee), List.of(), null);
    }
  }

  /** Before a task is due: its assignee, or if it has none, its candidates. */
  public void reminder(DelegateTask task) {
    if (task.getAssignee() != null) {
      post(MailKind.REMINDER, task, List.of(task.getAssignee()), List.of(), null);
    } else {
      post(MailKind.REMINDER, task, candidateUsers(task), candidateGroups(task), null);
    }
  }

  /** A task fell due: the supervisors of its groups are told (the supervisor group if none is listed). */
  public void escalation(DelegateTask task) {
    List<String> supervisors = candidateGroups(task).stream()
        .flatMap(group -> settings.supervisors().getOrDefault(group, List.of()).stream()).distinct().toList();
    post(MailKind.ESCALATION, task, supervisors, supervisors.isEmpty() ? List.of(settings.supervisorGroup()) : List.of(),
        null);
  }

  /** A task is still overdue after the escalation: the managers are told. */
  public void secondEscalation(DelegateTask task) {
    post(MailKind.SECOND_ESCALATION, task, List.of(), List.of(settings.managerGroup()), null);
  }

  /** A project (a process nobody called) ended normally: its owner, or whoever started it, is told. */
  public void projectCompleted(DelegateExecution processInstance) {
    Object owner = processInstance.getVariable(ProjectVariables.PROJECT_OWNER);
    String userId = owner instanceof String id ? id : startedBy(processInstance.getProcessInstanceId());
    if (userId == null) {
      return;
    }
    Project project = Project.of(processInstance);
    for (Recipient recipient : recipients.of(List.of(userId), List.of())) {
      enqueue(processInstance, new Mail(MailKind.PROJECT_COMPLETED, recipient.userId(), recipient.name(), recipient.address(),
          recipient.language(), recipient.zone().getId(), null, null, project.name(), project.businessKey(), null,
          null));
    }
  }

  private void post(MailKind kind, DelegateTask task, Collection<String> users, Collection<String> groups,
      String reason) {
    DelegateExecution execution = task.getExecution();
    Project project = Project.of(execution);
    String due = task.getDueDate() == null ? null : task.getDueDate().toInstant().toString();
    for (Recipient recipient : recipients.of(users, groups)) {
      enqueue(execution, new Mail(kind, recipient.userId(), recipient.name(), recipient.address(), recipient.language(),
          recipient.zone().getId(), task.getId(), ProjectTaskNames.stepName(task), project.name(), project.businessKey(),
          due, reason));
    }
  }

  /**
   * The job carries the process of the work that caused it, so only those who may see that project see
   * or touch it; it is not attached to the execution, whose end would delete it (the completion mail).
   */
  private void enqueue(DelegateExecution cause, Mail mail) {
    if (mail.address() == null || mail.address().isBlank()) {
      log.info("No {} mail for user '{}': no e-mail address", mail.kind(), mail.userId());
      return;
    }
    MailJobHandler.send(mail, settings.attempts(), InsideCommand.processDefinition(cause));
  }

  /** The top-level process a task belongs to: a KYC or a sign-off is part of the store opening that called it. */
  record Project(String name, String businessKey) {
    static Project of(DelegateExecution execution) {
      DelegateExecution top = execution.getProcessInstance();
      while (top.getSuperExecution() != null) {
        top = top.getSuperExecution().getProcessInstance();
      }
      ProcessDefinition definition = InsideCommand.processDefinition(top);
      String name = Optional.ofNullable(definition.getName()).orElse(definition.getKey());
      return new Project(name, top.getBusinessKey());
    }
  }

  private static boolean isApproval(DelegateTask task) {
    return isSignOff(task) && List.of(SignOff.TASK_APPROVE_LEVEL_1, SignOff.TASK_APPROVE_LEVEL_2)
        .contains(task.getTaskDefinitionKey());
  }

  private static boolean isRework(DelegateTask task) {
    return isSignOff(task) && SignOff.TASK_REWORK.equals(task.getTaskDefinitionKey());
  }

  private static boolean isSignOff(DelegateTask task) {
    return SignOff.PROCESS_KEY.equals(InsideCommand.processDefinition(task.getExecution()).getKey());
  }

  private static List<String> candidateUsers(DelegateTask task) {
    return candidates(task, IdentityLink::getUserId);
  }

  private static List<String> candidateGroups(DelegateTask task) {
    return candidates(task, IdentityLink::getGroupId);
  }

  private static List<String> candidates(DelegateTask task, Function<IdentityLink, String> id) {
    return task.getCandidates().stream().map(id).filter(Objects::nonNull).toList();
  }

  private static String currentUser() {
    return InsideCommand.currentUserId();
  }

  private static String startedBy(String processInstanceId) {
    var history = InsideCommand.historicProcessInstance(processInstanceId);
    return history == null ? null : history.getStartUserId();
  }
}
