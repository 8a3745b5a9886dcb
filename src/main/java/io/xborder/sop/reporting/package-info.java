/**
 * Manager visibility: project health, people KPIs and the audit trail of one project, computed
 * inside the database from Camunda's {@code ACT_HI_*} history tables (SQL that runs on H2 and
 * PostgreSQL; where they differ, {@link io.xborder.sop.reporting.ReportingDialect}) and served under {@code /reports} to readers authenticated by HTTP Basic or by their
 * Camunda web-app login; the Cockpit plugin ({@code plugin-webapp/xborder-reporting}) and the
 * project board ({@code /reports/board}) show them. Works on every template; reads the SLA's and
 * sign-off's variables named in {@link io.xborder.sop.reporting.ReportVariables}. Keeps that history
 * as long as {@code xborder.retention} says per template ({@link io.xborder.sop.reporting.engine.HistoryRetention}).
 */
package io.xborder.sop.reporting;
