/**
 * Engine and web set-up shared by every capability: the REST API's HTTP Basic authentication, reused
 * (with the web-app session) for the product's own endpoints, their refusals as problem details,
 * the throttle on failed logins, the fence that keeps integration accounts out of the REST API and
 * the web apps, who may read and operate jobs, the start-up deployment of {@code processes/},
 * {@code dmn/} and {@code forms/}, the landing redirect to Tasklist, and the checks that keep the
 * {@code prod} profile from starting with demo credentials.
 */
package io.xborder.sop.system;
