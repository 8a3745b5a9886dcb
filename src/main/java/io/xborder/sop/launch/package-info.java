/**
 * The Amazon product launch template ({@code processes/product-launch.bpmn}): research, supplier,
 * photography by the outside photo agency in parallel with the listing copy, main-image review,
 * FBA shipment until the ERP reports {@code FbaInboundReceived}, then ads, and a 14-day review.
 */
package io.xborder.sop.launch;
