package io.xborder.sop.sla;

/**
 * A task's service level, as ISO durations of working time: due this long after it is created, a
 * reminder this long before it is due, and a second escalation this long after it fell due.
 */
public record TaskSla(String dueIn, String reminderLead, String secondEscalationAfter) {}
