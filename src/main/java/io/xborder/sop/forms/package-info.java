/**
 * The form is the contract. A person's submission (Tasklist or REST: complete, submit-form,
 * resolve, start) may write only the editable fields of the task's or start event's Camunda Form,
 * with their types, checked in front of the REST API ({@code FormContractFilter}); the form's rules —
 * required, pattern, lengths, ranges, option values — are then checked in the engine. Both refuse
 * with 400 naming each field, before anything is written. The same filter keeps variables from
 * being set outside a completion (administrators excepted), shows outside agencies only their
 * forms' fields, and refuses business keys and variables too large for the engine's tables.
 * Every message is built in {@code RefusalMessages}.
 */
package io.xborder.sop.forms;
