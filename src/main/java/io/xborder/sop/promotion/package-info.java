/**
 * Promotion readiness ({@code processes/promotion-readiness.bpmn}): milestones before Prime Day,
 * Black Friday/Cyber Monday, 11.11 and 12.12 whose offsets come from
 * {@code dmn/promotion-milestones.dmn}, turned into dates by {@link io.xborder.sop.promotion.PromotionCalendar}.
 */
package io.xborder.sop.promotion;
