/**
 * Starting projects: the {@code uniqueBusinessKey} start listener that refuses a second running
 * project with the same project code ({@code store-opening}, {@code store-opening-batch}), and the
 * variables every template names alike ({@link io.xborder.sop.projects.ProjectVariables}).
 */
package io.xborder.sop.projects;
