package io.xborder.sop.templates;

import java.util.Set;

/** What a template may reference besides what it is deployed with. */
public interface KnownDefinitions {

  boolean hasForm(String formId);

  boolean hasDecision(String decisionKey);

  boolean hasProcess(String processKey);

  /** Nothing beyond the files being checked. */
  KnownDefinitions NONE = of(Set.of(), Set.of(), Set.of());

  static KnownDefinitions of(Set<String> formIds, Set<String> decisionKeys, Set<String> processKeys) {
    return new Listed(formIds, decisionKeys, processKeys);
  }

  /** These definitions, and where they lack one, the other's. */
  default KnownDefinitions or(KnownDefinitions other) {
    KnownDefinitions first = this;
    return new KnownDefinitions() {
      @Override
      public boolean hasForm(String formId) {
        return first.hasForm(formId) || other.hasForm(formId);
      }

      @Override
      public boolean hasDecision(String decisionKey) {
        return first.hasDecision(decisionKey) || other.hasDecision(decisionKey);
      }

      @Override
      public boolean hasProcess(String processKey) {
        return first.hasProcess(processKey) || other.hasProcess(processKey);
      }
    };
  }

  record Listed(Set<String> formIds, Set<String> decisionKeys, Set<String> processKeys) implements KnownDefinitions {
    @Override
    public boolean hasForm(String formId) {
      return formIds.contains(formId);
    }

    @Override
    public boolean hasDecision(String decisionKey) {
      return decisionKeys.contains(decisionKey);
    }

    @Override
    public boolean hasProcess(String processKey) {
      return processKeys.contains(processKey);
    }
  }
}
