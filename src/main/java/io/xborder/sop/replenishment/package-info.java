/**
 * Urgent replenishment ({@code processes/urgent-replenishment.bpmn}), started by the ERP's
 * {@code LowStockAlert}: repeated alerts for an open SKU and site update it instead of starting
 * another; {@code dmn/replenishment-mode.dmn} picks the shipping mode, {@code dmn/order-risk.dmn}
 * the sign-off by amount.
 */
package io.xborder.sop.replenishment;
