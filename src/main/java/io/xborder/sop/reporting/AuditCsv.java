package io.xborder.sop.reporting;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail as RFC 4180 CSV that a spreadsheet opens as text. Variable names, values, step
 * names and reasons come from users and templates; a cell a spreadsheet would read as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return, or their full-width forms that
 * East-Asian spreadsheets also accept) gets a leading single quote, as OWASP's CSV injection
 * guidance advises, and every cell is quoted so no value can break out of its cell.
 */
final class AuditCsv {

  private static final List<String> HEADER = List.of("time", "event", "step", "step_name", "user", "detail");
  private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

  private AuditCsv() {}

  static String of(AuditTrail.Trail trail) {
    return Stream.concat(Stream.of(HEADER), trail.entries().stream().map(e -> List.of(e.time().toString(), e.event(),
            text(e.step()), text(e.stepName()), text(e.user()), text(e.detail()))))
        .map(cells -> cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",")))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  static String cell(String value) {
    String inert = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + inert.replace("\"", "\"\"") + "\"";
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
