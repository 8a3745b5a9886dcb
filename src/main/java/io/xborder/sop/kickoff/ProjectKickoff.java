package io.xborder.sop.kickoff;

import io.xborder.sop.projects.ProjectVariables;

/** Names the kickoff template shares with its diagram and forms. */
public final class ProjectKickoff {

  public static final String PROCESS_KEY = "project-kickoff";

  public static final String TASK_CONFIRM_SCOPE = "Task_ConfirmProjectScope";
  public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeProject";
  public static final String EVENT_KICKED_OFF = "Event_ProjectKickedOff";

  public static final String PROJECT_NAME = "projectName";
  public static final String PLATFORM = ProjectVariables.PLATFORM;
  public static final String SITE = ProjectVariables.SITE;
  public static final String GOAL = "goal";
  public static final String SCOPE_SUMMARY = "scopeSummary";
  public static final String FIRST_MILESTONE_DATE = "firstMilestoneDate";
  public static final String SUPERVISOR_NOTE = "supervisorNote";

  private ProjectKickoff() {}
}
