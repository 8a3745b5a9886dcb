/**
 * Starting projects: the {@code uniqueBusinessKey} start listener that refuses a second running
 * project with the same project code ({@code store-opening}, {@code store-opening-batch}).
 */
package io.xborder.sop.projects;
