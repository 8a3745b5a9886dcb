/**
 * The template lint's engine hook: the plug-in that runs the lint as a deployer before the engine's
 * own, for every deployment. Internal engine API (README, upgrade checklist).
 */
package io.xborder.sop.templates.engine;
