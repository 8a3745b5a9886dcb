/**
 * Engine and web set-up shared by every capability: the REST API's HTTP Basic authentication,
 * the throttle on failed logins, who may read and operate jobs, the start-up deployment of
 * {@code processes/}, {@code dmn/} and {@code forms/}, the landing redirect to Tasklist, and the
 * checks that keep the {@code prod} profile from starting with demo credentials.
 */
package io.xborder.sop.system;
