package io.xborder.sop.storeopening;

import io.xborder.sop.system.PlatformClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The KYC documents of one store as the kyc-required-documents DMN lists them (type and the name
 * people read): shown on the KYC form before the first round, checked for completeness before the
 * package is signed off, and summed up for the approvers.
 */
@Component("kycCompleteness")
public class KycCompleteness {

  private final PlatformClock clock;

  KycCompleteness(PlatformClock clock) {
    this.clock = clock;
  }

  /** After the decision: the names of the required documents, as a JSON list the KYC form shows. */
  public void listRequired(DelegateExecution execution) {
    List<String> labels = required(execution).stream().map(RequiredDocument::label).toList();
    execution.setVariable(StoreOpening.REQUIRED_DOCUMENT_LABELS, Variables.objectValue(new ArrayList<>(labels))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }

  /**
   * What is missing goes back to the preparer as {@code missingDocuments}, one line per document;
   * {@code kycDocumentSummary} tells the approvers each document's reference and date.
   */
  public void check(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock);
    List<String> missing = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (RequiredDocument required : required(execution)) {
      KycDocument document = KycDocument.ofType(required.type());
      problem(document, execution, today).ifPresent(problem -> missing.add(required.label() + "：" + problem));
      summary.add(required.label() + "：" + text(execution.getVariable(document.referenceVariable))
          + "，" + document.dateRule.dateName + " " + text(date(execution.getVariable(document.dateVariable))));
    }
    execution.setVariable(StoreOpening.DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(StoreOpening.MISSING_DOCUMENTS, String.join("\n", missing));
    execution.setVariable(StoreOpening.KYC_DOCUMENT_SUMMARY, String.join("\n", summary));
  }

  private record RequiredDocument(String type, String label) {}

  /** Rows of the decision; a KYC started before the decision had names holds the bare types. */
  private static List<RequiredDocument> required(DelegateExecution execution) {
    List<RequiredDocument> documents = new ArrayList<>();
    for (Object row : (Collection<?>) execution.getVariable(StoreOpening.REQUIRED_DOCUMENTS)) {
      if (row instanceof Map<?, ?> entries) {
        String type = (String) entries.get("documentType");
        documents.add(new RequiredDocument(type, Optional.ofNullable((String) entries.get("documentLabel")).orElse(type)));
      } else {
        documents.add(new RequiredDocument((String) row, (String) row));
      }
    }
    return documents;
  }

  private static Optional<String> problem(KycDocument document, DelegateExecution execution, LocalDate today) {
    Object reference = execution.getVariable(document.referenceVariable);
    if (reference == null || reference.toString().isBlank()) {
      return Optional.of("缺失");
    }
    LocalDate date = date(execution.getVariable(document.dateVariable));
    if (date == null) {
      return Optional.of("未填写" + document.dateRule.dateName);
    }
    return document.dateRule.problem(date, today);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneId.of("UTC"));
    }
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().substring(0, 10));
  }
}
