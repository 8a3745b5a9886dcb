/**
 * Store opening: the {@code store-opening}, {@code kyc-submission} and {@code store-opening-batch}
 * templates with the {@code site-requirements} and {@code kyc-required-documents} DMN, the KYC
 * completeness check ({@code kycCompleteness}) and the {@code applicationStatus} tracking
 * ({@code applicationStatusTracker}).
 */
package io.xborder.sop.storeopening;
