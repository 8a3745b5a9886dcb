/**
 * The platform's engine hooks that belong to no one capability: the start-up lock and node name
 * (plug-ins), the interceptors that refuse job operations to non-administrators and unwrap refusals,
 * the start-up plug-in that runs the start-up steps in order, and helpers the other plug-ins share.
 * Internal engine API (listed in the README's upgrade checklist); everything else uses public API.
 */
package io.xborder.sop.system.engine;
