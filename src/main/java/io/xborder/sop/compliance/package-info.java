/**
 * Compliance remediation ({@code processes/compliance-remediation.bpmn}): started by the ERP's
 * {@code ComplianceNoticeReceived} (business key = the notice id) or by hand in Tasklist; the steps
 * per regulation come from {@code dmn/compliance-rules.dmn}, evidence is kept per step, escalations
 * fall 7 and 2 days before the hard deadline and at it, and the filing is signed off.
 */
package io.xborder.sop.compliance;
