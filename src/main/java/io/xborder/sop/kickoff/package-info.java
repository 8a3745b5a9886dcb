/**
 * The project kickoff template ({@code processes/project-kickoff.bpmn}): the smallest real SOP,
 * a start form, a scope confirmation by operations and a supervisor's acknowledgement.
 */
package io.xborder.sop.kickoff;
