package io.xborder.sop.storeopening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The completeness check before a KYC package is signed off: every document the
 * kyc-required-documents DMN listed must have a reference and an acceptable date. What is missing
 * goes back to the preparer as {@code missingDocuments}, one line per document.
 */
@Component("kycCompleteness")
public class KycCompleteness {

  public void check(DelegateExecution execution) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("UTC"));
    List<String> missing = new ArrayList<>();
    for (Object type : (Collection<?>) execution.getVariable(StoreOpening.REQUIRED_DOCUMENTS)) {
      KycDocument document = KycDocument.ofType((String) type);
      problem(document, execution, today).ifPresent(problem -> missing.add(document.label + ": " + problem));
    }
    execution.setVariable(StoreOpening.DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(StoreOpening.MISSING_DOCUMENTS, String.join("\n", missing));
  }

  private static Optional<String> problem(KycDocument document, DelegateExecution execution, LocalDate today) {
    Object reference = execution.getVariable(document.referenceVariable);
    if (reference == null || reference.toString().isBlank()) {
      return Optional.of("missing");
    }
    Object date = execution.getVariable(document.dateVariable);
    if (date == null || date.toString().isBlank()) {
      return Optional.of("date missing");
    }
    return document.dateRule.problem(toLocalDate(date), today);
  }

  private static LocalDate toLocalDate(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneId.of("UTC"));
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
