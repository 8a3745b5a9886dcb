/**
 * The SLA's engine hooks: the plug-ins that replace the business calendars with working time and
 * attach a service level to every user task (parse listener), the task listener and job handler
 * behind reminders and escalations, and {@code teamDateTime()}. Internal engine API (README, upgrade checklist).
 */
package io.xborder.sop.sla.engine;
