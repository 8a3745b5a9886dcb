/**
 * Projects: every template instance serves a project with a code and a subject. The process
 * properties {@code projectCode} and {@code projectSubject} (Modeler, Extension properties) say how
 * they are made; {@link io.xborder.sop.projects.engine.ProjectsPlugin} gives each start its code from a
 * database counter unless the starter gave one, hands it to called processes and shows it on every
 * task. The {@code uniqueBusinessKey} start listener refuses a second running project with the same
 * code ({@code store-opening}, {@code store-opening-batch}); {@link io.xborder.sop.projects.ProjectVariables}
 * names the variables every template shares.
 */
package io.xborder.sop.projects;
