package io.xborder.sop.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.RepositoryDecisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row by row: the milestone offsets of each event type, in days. */
class PromotionMilestonesTest {

  private static final RepositoryDecisions DECISION = RepositoryDecisions.of(PromotionReadiness.MILESTONES_DECISION);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "prime-day,                 70, 25, 35, 3, 7",
      "black-friday-cyber-monday, 75, 30, 32, 7, 10",
      "double-11,                 45, 14, 30, 2, 7",
      "double-12,                 45, 14, 30, 2, 7"})
  void eachEventTypeHasItsOffsets(String eventType, int stockUp, int lastInbound, int dealSubmission, int adBudgetRaise,
      int reviewAfter) {
    DmnDecisionRuleResult milestones = DECISION.evaluate(Map.of("eventType", eventType)).getSingleResult();

    assertThat(milestones.<Object>getEntry("stockUpDaysBefore")).isEqualTo(stockUp);
    assertThat(milestones.<Object>getEntry("lastInboundDaysBefore")).isEqualTo(lastInbound);
    assertThat(milestones.<Object>getEntry("dealSubmissionDaysBefore")).isEqualTo(dealSubmission);
    assertThat(milestones.<Object>getEntry("adBudgetRaiseDaysBefore")).isEqualTo(adBudgetRaise);
    assertThat(milestones.<Object>getEntry("reviewDaysAfter")).isEqualTo(reviewAfter);
  }

  @Test
  void stockIsOrderedBeforeItMustBeInboundAndInboundBeforeTheAdsGoUp() {
    for (String eventType : new String[] {"prime-day", "black-friday-cyber-monday", "double-11", "double-12"}) {
      DmnDecisionRuleResult milestones = DECISION.evaluate(Map.of("eventType", eventType)).getSingleResult();
      assertThat(milestones.<Integer>getEntry("stockUpDaysBefore"))
          .as(eventType).isGreaterThan(milestones.<Integer>getEntry("lastInboundDaysBefore"));
      assertThat(milestones.<Integer>getEntry("lastInboundDaysBefore"))
          .as(eventType).isGreaterThan(milestones.<Integer>getEntry("adBudgetRaiseDaysBefore"));
    }
  }

  @Test
  void anUnknownEventTypeHasNoMilestones() {
    assertThat(DECISION.evaluate(Map.of("eventType", "singles-day-typo")).getSingleResult()).isNull();
  }
}
