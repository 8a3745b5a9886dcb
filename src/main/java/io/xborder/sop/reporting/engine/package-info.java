/**
 * History retention's engine hook: the plug-in whose parse listener sets every template's history
 * time to live. Internal engine API (README, upgrade checklist).
 */
package io.xborder.sop.reporting.engine;
