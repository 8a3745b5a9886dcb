/**
 * Who may do what. {@link io.xborder.sop.identity.Role} is the role model — one Camunda group
 * per role with the least authorizations it needs — created on every start in every profile, with
 * the shared Tasklist filters. {@link io.xborder.sop.identity.DemoOrganisation} adds the demo
 * staff (password {@code demo}) on a first start outside {@code prod}.
 */
package io.xborder.sop.identity;
