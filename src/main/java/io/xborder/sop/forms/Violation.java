package io.xborder.sop.forms;

/** One refused part of a request: the variable (or request field) it concerns and why, in words. */
record Violation(String field, String message) {}
