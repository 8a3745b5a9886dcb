/**
 * What a template's expressions may call: the published {@link io.xborder.sop.expressions.ExpressionCatalogue}
 * of the platform's beans and functions, and the engine-side sandbox that holds every expression to
 * it at run time (no reflection, no beans outside the catalogue, no scripts, DMN in FEEL only). The
 * template lint ({@code io.xborder.sop.templates}) refuses the same at deployment.
 */
package io.xborder.sop.expressions;
