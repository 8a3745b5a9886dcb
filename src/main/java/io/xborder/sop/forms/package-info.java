/**
 * Server-side validation of Camunda Forms. Tasklist checks a form in the browser only, and the REST
 * API accepts any variables; here every submission by a person or system (REST, Tasklist) is checked
 * in the engine against the same form's rules — required, pattern, lengths, ranges, option values —
 * and refused with 400 naming each field, before anything is written.
 */
package io.xborder.sop.forms;
