package io.xborder.sop.projects;

/** Variables every template names the same way, so that platform features can rely on them. */
public final class ProjectVariables {

  /** The user answerable for the project: told when it is completed, shown on the board. */
  public static final String PROJECT_OWNER = "projectOwner";

  private ProjectVariables() {}
}
