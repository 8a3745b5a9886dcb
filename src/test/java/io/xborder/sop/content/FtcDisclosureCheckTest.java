package io.xborder.sop.content;

import static io.xborder.sop.content.ContentProduction.DISCLOSURE_CHECKLIST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.RepositoryDecisions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Row by row: each unmet checklist item yields its own finding, and only that one. */
class FtcDisclosureCheckTest {

  private static final RepositoryDecisions DECISION = RepositoryDecisions.of(ContentProduction.DISCLOSURE_DECISION);

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("disclosureInVideo", "视频本身没有披露"),
        Arguments.of("disclosureClearAndConspicuous", "披露不醒目或不清楚"),
        Arguments.of("creatorUsedProduct", "没用过商品"),
        Arguments.of("claimsSubstantiated", "拿不出依据"),
        Arguments.of("brandedContentToggle", "品牌内容"));
  }

  @ParameterizedTest(name = "{0} not met")
  @MethodSource("rows")
  void anUnmetItemIsItsOwnFinding(String unmetItem, String findingSays) {
    Map<String, Object> answers = allMet();
    answers.put(unmetItem, false);

    assertThat(findings(answers)).singleElement().asString().contains(findingSays);
  }

  @ParameterizedTest(name = "{0} unanswered")
  @MethodSource("rows")
  void anUnansweredItemCountsAsNotMet(String unansweredItem, String findingSays) {
    Map<String, Object> answers = allMet();
    answers.put(unansweredItem, null);

    assertThat(findings(answers)).singleElement().asString().contains(findingSays);
  }

  @Test
  void aVideoMeetingEveryItemHasNoFinding() {
    assertThat(findings(allMet())).isEmpty();
  }

  @Test
  void everyUnmetItemIsListed() {
    Map<String, Object> answers = new HashMap<>();
    DISCLOSURE_CHECKLIST.forEach(item -> answers.put(item, false));

    assertThat(findings(answers)).hasSize(DISCLOSURE_CHECKLIST.size());
  }

  private static List<Object> findings(Map<String, Object> answers) {
    return DECISION.evaluate(answers).collectEntries("finding");
  }

  private static Map<String, Object> allMet() {
    Map<String, Object> answers = new HashMap<>();
    DISCLOSURE_CHECKLIST.forEach(item -> answers.put(item, true));
    return answers;
  }
}
