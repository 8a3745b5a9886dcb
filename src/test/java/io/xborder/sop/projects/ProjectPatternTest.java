package io.xborder.sop.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.forms.OptionLabels;
import java.util.Map;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.junit.jupiter.api.Test;

/** How an analyst's pattern reads the start's variables. */
class ProjectPatternTest {

  static final OptionLabels LABELS = new OptionLabels(new PathMatchingResourcePatternResolver());

  private final ProjectPattern storeOpening = new ProjectPattern("SO-{platform}-{site}-{number}");

  @Test
  void aMarketplaceBecomesItsShortCodeAndOtherValuesCapitalsDigitsAndHyphens() {
    assertThat(storeOpening.codeWithoutNumber(Map.of("platform", "amazon", "site", "de")::get))
        .isEqualTo("SO-AMZ-DE-{number}");
    assertThat(new ProjectPattern("CR-{regulation}-{number}").codeWithoutNumber(Map.of("regulation", "fr epr/2026")::get))
        .isEqualTo("CR-FR-EPR-2026-{number}");
  }

  @Test
  void aCodeThatLacksAVariableIsRefusedNamingIt() {
    assertThatThrownBy(() -> storeOpening.codeWithoutNumber(Map.of("platform", "shopee")::get))
        .isInstanceOf(ProjectStartRefused.class).hasMessageContaining("site").hasMessageNotContaining("platform,");
  }

  @Test
  void aSubjectReadsAsPeopleSayItAndLeavesOutWhatIsMissing() {
    ProjectPattern subject = new ProjectPattern("{storeName} · {platform} · {site}");

    assertThat(subject.subject(Map.of("storeName", "Berlin Home", "platform", "amazon", "site", "DE")::get, LABELS))
        .isEqualTo("Berlin Home · 亚马逊 Amazon · 德国 (DE)");
    assertThat(subject.subject(Map.of("storeName", "Berlin Home")::get, LABELS)).isEqualTo("Berlin Home");
    assertThat(subject.subject(Map.of("platform", "lazada", "site", "TH")::get, LABELS)).isEqualTo("Lazada · 泰国 (TH)");
    assertThat(new ProjectPattern("{eventName} ({site})").subject(Map.of("eventName", "Prime Day")::get, LABELS))
        .isEqualTo("Prime Day");
  }

  @Test
  void reportsNameTheStepWithoutTheProjectCodeButKeepANameThatOnlyContainsTheSeparator() {
    assertThat(ProjectTaskNames.withoutProjectCode("Prepare company documents · SO-AMZ-DE-0007"))
        .isEqualTo("Prepare company documents");
    assertThat(ProjectTaskNames.withoutProjectCode("Sign off · the KYC package")).isEqualTo("Sign off · the KYC package");
    assertThat(ProjectTaskNames.withoutProjectCode("Review main image")).isEqualTo("Review main image");
  }
}
