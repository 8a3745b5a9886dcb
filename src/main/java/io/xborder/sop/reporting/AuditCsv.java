package io.xborder.sop.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The audit trail as RFC 4180 CSV that a spreadsheet opens as text. Variable names, values, step
 * names and reasons come from users and templates; a cell a spreadsheet would read as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return, or their full-width forms that
 * East-Asian spreadsheets also accept) gets a leading single quote, as OWASP's CSV injection
 * guidance advises, and every cell is quoted so no value can break out of its cell.
 */
final class AuditCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader("time", "event", "step", "step_name", "user", "detail").setQuoteMode(QuoteMode.ALL).get();
  private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

  private AuditCsv() {}

  static String of(AuditTrail.Trail trail) {
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
      for (AuditTrail.Entry e : trail.entries()) {
        printer.printRecord(inert(e.time().toString()), inert(e.event()), inert(e.step()), inert(e.stepName()),
            inert(e.user()), inert(e.detail()));
      }
    } catch (IOException cannotHappenOnAStringBuilder) {
      throw new UncheckedIOException(cannotHappenOnAStringBuilder);
    }
    return csv.toString();
  }

  private static String inert(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
