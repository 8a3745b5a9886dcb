package io.xborder.sop.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} (id 3, as the database records it) with one exception: the platform's own jobs
 * — the job handlers its plug-ins add (SLA timers, mails) — leave a job-log row only when they fail. Their
 * creation, success and deletion (two timers and several mails per task) were most of the job log and a
 * tenth of the statements per completed task; a failure keeps its row with the reason and stack trace, so
 * incidents and Cockpit still say why. Everything else, people's work above all (tasks, activities,
 * variables, decisions, the BPMN timers and async jobs of templates), keeps the full history. The level is
 * registered under the engine's own name {@code full}, after the engine's, so it replaces it without a
 * change of level in the database (which the engine would refuse at start).
 */
@Component
class RoutineJobLog extends AbstractProcessEnginePlugin {

  private static final Set<HistoryEventType> ROUTINE = Set.of(HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

  private final FullWithoutRoutineJobLog level = new FullWithoutRoutineJobLog();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(level);
    configuration.setCustomHistoryLevels(levels);
  }

  /** By now every plug-in has added its job handlers in {@code preInit}. */
  @Override
  @SuppressWarnings("rawtypes") // the engine keeps its handlers as raw JobHandler
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> platformHandlers = configuration.getCustomJobHandlers();
    level.platformJobTypes = platformHandlers == null ? Set.of()
        : platformHandlers.stream().map(JobHandler::getType).collect(Collectors.toUnmodifiableSet());
  }

  private static final class FullWithoutRoutineJobLog extends HistoryLevelFull {
    private volatile Set<String> platformJobTypes = Set.of();

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return !(ROUTINE.contains(eventType) && entity instanceof JobEntity job
          && platformJobTypes.contains(job.getJobHandlerType()));
    }
  }
}
