package io.xborder.sop.expressions;

import java.util.Map;
import java.util.Set;

/**
 * The published catalogue: the only beans, bean methods and functions a template's expressions may
 * call, besides reading variables and using operators (README, "Expressions in templates"). The
 * template lint refuses anything else at deployment and the engine's expression evaluation refuses
 * it at run time, so this class is the one place to extend: to publish a bean, add one line to
 * {@link #BEANS} with its Spring bean name and the methods a template may call on it.
 */
public final class ExpressionCatalogue {

  /** Bean name → methods a template may call; no methods: the bean is a listener ({@code delegateExpression="${name}"}). */
  public static final Map<String, Set<String>> BEANS = Map.ofEntries(
      bean("uniqueBusinessKey", "check"),
      bean("signOffGuard"),
      bean("signOffFacts", "latestPreparer"),
      bean("signOffContext", "start", "rememberRejection"),
      bean("kycCompleteness", "check", "listRequired"),
      bean("applicationStatusTracker", "set"),
      bean("complianceNoticeCheck"),
      bean("complianceEvidence", "record", "repeatedNotice", "filingRisk", "signOffAction", "summary"),
      bean("complianceDeadline", "at", "daysBefore"),
      bean("promotionCalendar", "daysBefore", "endOfDayBefore", "daysAfter"),
      bean("replenishment", "firstAlert", "repeatedAlert"),
      bean("optionLabels", "of"));

  /** Expression functions: Camunda's, Spin's and the platform's {@code teamDateTime()}. */
  public static final Set<String> FUNCTIONS = Set.of(
      "currentUser", "currentUserGroups", "now", "dateTime", "teamDateTime", "S", "JSON", "XML");

  private ExpressionCatalogue() {}

  public static boolean isBean(String name) {
    return BEANS.containsKey(name);
  }

  public static boolean allows(String bean, String method) {
    return BEANS.getOrDefault(bean, Set.of()).contains(method);
  }

  private static Map.Entry<String, Set<String>> bean(String name, String... methods) {
    return Map.entry(name, Set.of(methods));
  }
}
