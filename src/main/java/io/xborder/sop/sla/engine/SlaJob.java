package io.xborder.sop.sla.engine;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/** What an SLA job does when it falls due, and for which task. */
record SlaJob(Kind kind, String taskId) implements JobHandlerConfiguration {

  enum Kind { REMINDER, ESCALATION, SECOND_ESCALATION }

  static SlaJob parse(String canonical) {
    int colon = canonical.indexOf(':');
    return new SlaJob(Kind.valueOf(canonical.substring(0, colon)), canonical.substring(colon + 1));
  }

  @Override
  public String toCanonicalString() {
    return kind + ":" + taskId;
  }
}
