package io.xborder.sop.projects.engine;

import io.xborder.sop.forms.OptionLabels;
import io.xborder.sop.projects.ProjectCodes;
import io.xborder.sop.projects.ProjectIdentity;
import io.xborder.sop.projects.ProjectPattern;
import io.xborder.sop.projects.ProjectTaskNames;
import io.xborder.sop.projects.ProjectVariables;
import io.xborder.sop.system.engine.EngineExtensions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every template's instances carry their project: the process's extension properties
 * {@value #CODE_PROPERTY} and {@value #SUBJECT_PROPERTY} (set by the analyst in Modeler) say how a
 * project code and subject are made; the parse listener attaches the start listener that applies them
 * and the task listener that shows them on every task.
 */
@Component
class ProjectsPlugin extends AbstractProcessEnginePlugin {

  /** The extension properties are named after the variables they make. */
  static final String CODE_PROPERTY = ProjectVariables.PROJECT_CODE;
  static final String SUBJECT_PROPERTY = ProjectVariables.PROJECT_SUBJECT;

  private final ProjectCodes codes;
  private final OptionLabels labels;

  ProjectsPlugin(ProjectCodes codes, OptionLabels labels) {
    this.codes = codes;
    this.labels = labels;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPostParseListener(configuration, new AttachProject());
  }

  class AttachProject extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
      ProjectPattern code = pattern(process, CODE_PROPERTY);
      // Built in, so it runs before the template's own start listeners, which may check the code.
      definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          new ProjectIdentity(code, pattern(process, SUBJECT_PROPERTY), codes, labels));
    }

    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, new ProjectTaskNames());
    }
  }

  private static ProjectPattern pattern(Element process, String name) {
    String text = EngineExtensions.camundaProperty(process, name);
    return text == null || text.isBlank() ? null : new ProjectPattern(text);
  }
}
