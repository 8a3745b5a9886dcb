/**
 * Interest e-commerce content for TikTok Shop US ({@code processes/content-production.bpmn}): topic,
 * script, a shoot by an outside creator, editing, and a compliance review whose FTC endorsement
 * checklist is judged by {@code dmn/ftc-disclosure-check.dmn}; a failed review goes back to editing.
 */
package io.xborder.sop.content;
