/**
 * The forms' engine hooks: the plug-in whose parse listener attaches the server-side validation to
 * every user task and start event with a form, the validator that looks the deployed form up.
 * Internal engine API (README, upgrade checklist).
 */
package io.xborder.sop.forms.engine;
