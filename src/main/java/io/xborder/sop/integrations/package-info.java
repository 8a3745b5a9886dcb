/**
 * Systems such as the ERP deliver events and nothing else: {@code POST /events/{eventName}} takes the
 * events of {@link io.xborder.sop.integrations.ErpEvent} ({@code ComplianceNoticeReceived} for
 * {@code compliance-remediation}, {@code LowStockAlert} for {@code urgent-replenishment},
 * {@code PlatformReviewResult} for {@code kyc-submission}, {@code FbaInboundReceived} for
 * {@code product-launch}) from members of the {@code integrations} group, checks each field and
 * correlates the message as the platform. The accounts themselves have no engine permission and are
 * refused by the REST API and the web apps ({@code system.IntegrationAccountFence}).
 */
package io.xborder.sop.integrations;
