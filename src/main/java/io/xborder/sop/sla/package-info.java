/**
 * Working time: the team's working days and hours, public holidays and make-up working days, and
 * the engine's business calendar that makes {@code PT4H} on a timer or a due date mean four
 * working hours. Configured under {@code xborder.working-time}; the holidays of the Chinese
 * mainland come from {@code working-time/china.yaml}.
 */
package io.xborder.sop.sla;
