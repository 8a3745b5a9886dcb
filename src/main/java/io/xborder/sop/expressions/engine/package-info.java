/**
 * The expression sandbox's engine hooks: the plug-in that installs the sandboxed expression
 * manager, switches scripts off and refuses JUEL in decisions. Internal engine API (README, upgrade checklist).
 */
package io.xborder.sop.expressions.engine;
