package io.xborder.sop.projects;

/** Variables every template names the same way, so that platform features can rely on them. */
public final class ProjectVariables {

  /** The user answerable for the project: told when it is completed, shown on the board. */
  public static final String PROJECT_OWNER = "projectOwner";

  /**
   * The project code (the top-level instance's business key), kept on every instance of the project,
   * called processes included, so Tasklist's filter columns can show it beside each task.
   */
  public static final String PROJECT_CODE = "projectCode";

  /** What the project is about in a few words (store, product, notice, event), shown beside the code. */
  public static final String PROJECT_SUBJECT = "projectSubject";

  /** The marketplace a project is for (the forms' option value, e.g. {@code amazon}); the board filters by it. */
  public static final String PLATFORM = "platform";

  /** The marketplace site (e.g. {@code DE}); the board filters by it. */
  public static final String SITE = "site";

  private ProjectVariables() {}
}
