/**
 * Two-level sign-off ({@code processes/two-level-signoff.bpmn}), called by every SOP that has a
 * high-risk step: {@code dmn/approval-levels.dmn} decides the levels and groups,
 * {@link io.xborder.sop.signoff.SignOffFacts} reads who prepared the work and who approved the first
 * level from what the engine recorded, and {@link io.xborder.sop.signoff.SignOffGuard} enforces
 * four-eyes inside the engine.
 */
package io.xborder.sop.signoff;
