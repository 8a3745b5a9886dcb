package io.xborder.sop.storeopening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The KYC documents a marketplace may ask for, the form fields holding each one's reference and
 * date, and what makes the date acceptable.
 */
enum KycDocument {
  BUSINESS_LICENCE("business-licence", "businessLicenceReference", "businessLicenceExpiry", DateRule.VALID_MORE_THAN_45_DAYS),
  LEGAL_REPRESENTATIVE_ID("legal-representative-id", "legalRepIdReference", "legalRepIdExpiry", DateRule.NOT_EXPIRED),
  BANK_OR_CARD_STATEMENT("bank-or-card-statement", "statementReference", "statementIssueDate", DateRule.ISSUED_WITHIN_90_DAYS),
  COMPANY_REGISTRATION_CERTIFICATE("company-registration-certificate", "companyRegistrationReference", "companyRegistrationIssueDate", DateRule.ISSUED),
  VAT_CERTIFICATE("vat-certificate", "vatNumber", "vatCertificateIssueDate", DateRule.ISSUED),
  BRAND_AUTHORISATION("brand-authorisation", "brandAuthorisationReference", "brandAuthorisationExpiry", DateRule.NOT_EXPIRED);

  /**
   * Amazon: licence more than 45 days before expiry, statements from the last 90 days (SOP-FACTS).
   * The problems are read by the preparer in the KYC form, hence in Chinese.
   */
  enum DateRule {
    VALID_MORE_THAN_45_DAYS("到期日"), NOT_EXPIRED("到期日"), ISSUED_WITHIN_90_DAYS("出具日期"), ISSUED("出具日期");

    /** The date the form asks for, as people call it. */
    final String dateName;

    DateRule(String dateName) {
      this.dateName = dateName;
    }

    Optional<String> problem(LocalDate date, LocalDate today) {
      return switch (this) {
        case VALID_MORE_THAN_45_DAYS -> date.isAfter(today.plusDays(45)) ? Optional.empty()
            : Optional.of("到期日 " + date + "，距到期须超过 45 天");
        case NOT_EXPIRED -> date.isAfter(today) ? Optional.empty() : Optional.of("已于 " + date + " 到期");
        case ISSUED_WITHIN_90_DAYS -> !date.isAfter(today) && !date.isBefore(today.minusDays(90)) ? Optional.empty()
            : Optional.of("出具日期 " + date + "，须为近 90 天内出具");
        case ISSUED -> date.isAfter(today) ? Optional.of("出具日期 " + date + " 晚于今天") : Optional.empty();
      };
    }
  }

  final String type;
  final String referenceVariable;
  final String dateVariable;
  final DateRule dateRule;

  KycDocument(String type, String referenceVariable, String dateVariable, DateRule dateRule) {
    this.type = type;
    this.referenceVariable = referenceVariable;
    this.dateVariable = dateVariable;
    this.dateRule = dateRule;
  }

  static KycDocument ofType(String type) {
    return Arrays.stream(values()).filter(document -> document.type.equals(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown KYC document type " + type));
  }
}
