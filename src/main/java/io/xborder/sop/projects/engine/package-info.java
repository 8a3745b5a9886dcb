/**
 * The projects' engine hook: the plug-in whose parse listener gives every start its project code and
 * subject and every task its project. Internal engine API (README, upgrade checklist).
 */
package io.xborder.sop.projects.engine;
