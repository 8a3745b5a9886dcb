package io.xborder.sop.system.engine;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The engine authorizes a job through the process definition it carries and lets every logged-in
 * user see and operate a job that carries none. Jobs the platform writes itself (SLA timers, mails)
 * are not declared in a BPMN, so the engine does not fill these fields; they are set here before the
 * job is written, so its job log and incidents belong to the project too.
 */
public final class ProjectJobs {

  private ProjectJobs() {}

  public static void belongTo(JobEntity job, ProcessDefinition processDefinition) {
    job.setProcessDefinitionId(processDefinition.getId());
    job.setProcessDefinitionKey(processDefinition.getKey());
    job.setDeploymentId(processDefinition.getDeploymentId());
    job.setTenantId(processDefinition.getTenantId());
  }
}
