package io.xborder.sop.notification.engine;

import io.xborder.sop.notification.MailComposer;
import io.xborder.sop.notification.MailDelivery;
import io.xborder.sop.notification.NotificationSettings;
import io.xborder.sop.notification.Notifications;
import io.xborder.sop.system.PlatformClock;
import io.xborder.sop.system.engine.EngineExtensions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every template notifies without analysts drawing anything: each user task tells its people when it
 * is offered or assigned, each project its owner when it is done; the mail jobs are run by
 * {@link MailJobHandler} and retried by {@link MailRetries}.
 */
@Component
@EnableConfigurationProperties(NotificationSettings.class)
@Order(Ordered.LOWEST_PRECEDENCE) // after the SLA plug-in: its create listener sets the due date the mail states
class NotificationPlugin extends AbstractProcessEnginePlugin {

  private final Notifications notifications;
  private final MailJobHandler mailJobs;
  private final NotificationSettings settings;
  private final PlatformClock clock;

  NotificationPlugin(Notifications notifications, MailComposer composer, MailDelivery delivery,
      NotificationSettings settings, PlatformClock clock) {
    this.notifications = notifications;
    this.mailJobs = new MailJobHandler(composer, delivery);
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPostParseListener(configuration, new Notify());

    EngineExtensions.addJobHandler(configuration, mailJobs);

    configuration.setFailedJobCommandFactory(new MailRetries(configuration.getFailedJobCommandFactory() != null
        ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory(), settings.retryIntervals(), clock));
  }

  class Notify extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
        if (task.getAssignee() == null) {
          notifications.taskOffered(task);
        }
      });
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, notifications::taskAssigned);
    }

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
      definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
        ExecutionEntity instance = (ExecutionEntity) execution;
        if (instance.getSuperExecution() == null && !instance.isCanceled()) {
          notifications.projectCompleted(execution);
        }
      });
    }
  }
}
