package io.xborder.sop.sla.engine;

import io.xborder.sop.notification.Notifications;
import io.xborder.sop.sla.WorkingTimeCalendar;
import io.xborder.sop.system.PlatformClock;
import io.xborder.sop.system.engine.EngineExtensions;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every user task of every template gets its service level without analysts drawing timers: the
 * parse listener attaches the SLA to each user task, the job handler runs its reminders and
 * escalations. Explicit boundary timers in a diagram keep working beside it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the notifications, which state the due date set here
class SlaPlugin extends AbstractProcessEnginePlugin {

  /** The extension property an analyst sets in Modeler to override one task's SLA, e.g. {@code PT2H}. */
  static final String SLA_PROPERTY = "sla";

  private final WorkingTimeBusinessCalendar calendar;
  private final SlaPolicy policy = new SlaPolicy();

  private final Notifications notifications;

  private final PlatformClock clock;

  SlaPlugin(WorkingTimeCalendar workingTime, Notifications notifications, PlatformClock clock) {
    this.calendar = new WorkingTimeBusinessCalendar(workingTime, clock);
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPostParseListener(configuration, new AttachSla());

    EngineExtensions.addJobHandler(configuration, new SlaJobHandler(calendar, notifications, clock));
  }

  class AttachSla extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      SlaTaskListener sla = new SlaTaskListener(slaProperty(userTask), policy, calendar);
      for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
          TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
        definition.addBuiltInTaskListener(event, sla);
      }
    }
  }

  static String slaProperty(Element element) {
    return EngineExtensions.camundaProperty(element, SLA_PROPERTY);
  }
}
