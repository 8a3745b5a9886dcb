package io.xborder.sop.templates;

/** What a template may reference besides what it is deployed with. */
public interface KnownDefinitions {

  boolean hasForm(String formId);

  boolean hasDecision(String decisionKey);

  boolean hasProcess(String processKey);

  /** Nothing beyond the files being checked. */
  KnownDefinitions NONE = new KnownDefinitions() {
    @Override
    public boolean hasForm(String formId) {
      return false;
    }

    @Override
    public boolean hasDecision(String decisionKey) {
      return false;
    }

    @Override
    public boolean hasProcess(String processKey) {
      return false;
    }
  };
}
