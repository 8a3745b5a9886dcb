package io.xborder.sop.storeopening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The KYC documents a marketplace may ask for, the form fields holding each one's reference and
 * date, and what makes the date acceptable.
 */
enum KycDocument {
  BUSINESS_LICENCE("business-licence", "Business licence", "businessLicenceReference", "businessLicenceExpiry", DateRule.VALID_MORE_THAN_45_DAYS),
  LEGAL_REPRESENTATIVE_ID("legal-representative-id", "Legal representative ID", "legalRepIdReference", "legalRepIdExpiry", DateRule.NOT_EXPIRED),
  BANK_OR_CARD_STATEMENT("bank-or-card-statement", "Bank or card statement", "statementReference", "statementIssueDate", DateRule.ISSUED_WITHIN_90_DAYS),
  COMPANY_REGISTRATION_CERTIFICATE("company-registration-certificate", "Company registration certificate", "companyRegistrationReference", "companyRegistrationIssueDate", DateRule.ISSUED),
  VAT_CERTIFICATE("vat-certificate", "VAT certificate", "vatNumber", "vatCertificateIssueDate", DateRule.ISSUED),
  BRAND_AUTHORISATION("brand-authorisation", "Brand authorisation", "brandAuthorisationReference", "brandAuthorisationExpiry", DateRule.NOT_EXPIRED);

  /** Amazon: licence more than 45 days before expiry, statements from the last 90 days (SOP-FACTS). */
  enum DateRule {
    VALID_MORE_THAN_45_DAYS, NOT_EXPIRED, ISSUED_WITHIN_90_DAYS, ISSUED;

    Optional<String> problem(LocalDate date, LocalDate today) {
      return switch (this) {
        case VALID_MORE_THAN_45_DAYS -> date.isAfter(today.plusDays(45)) ? Optional.empty()
            : Optional.of("expires " + date + ", must be valid for more than 45 days");
        case NOT_EXPIRED -> date.isAfter(today) ? Optional.empty() : Optional.of("expired on " + date);
        case ISSUED_WITHIN_90_DAYS -> !date.isAfter(today) && !date.isBefore(today.minusDays(90)) ? Optional.empty()
            : Optional.of("issued " + date + ", must be issued within the last 90 days");
        case ISSUED -> date.isAfter(today) ? Optional.of("issue date " + date + " is in the future") : Optional.empty();
      };
    }
  }

  final String type;
  final String label;
  final String referenceVariable;
  final String dateVariable;
  final DateRule dateRule;

  KycDocument(String type, String label, String referenceVariable, String dateVariable, DateRule dateRule) {
    this.type = type;
    this.label = label;
    this.referenceVariable = referenceVariable;
    this.dateVariable = dateVariable;
    this.dateRule = dateRule;
  }

  static KycDocument ofType(String type) {
    return Arrays.stream(values()).filter(document -> document.type.equals(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown KYC document type " + type));
  }
}
