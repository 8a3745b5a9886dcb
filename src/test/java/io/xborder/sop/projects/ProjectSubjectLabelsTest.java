package io.xborder.sop.projects;

import static io.xborder.sop.projects.ProjectPatternTest.LABELS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every platform and site a form offers reads in a project's subject as the select shows it, never as
 * its code ({@code lazada}, {@code TH}). The sign-off subjects use the same labels ({@code optionLabels}).
 */
class ProjectSubjectLabelsTest {

  private static final List<String> PLACES = List.of("platform", "site");
  private static final ProjectPattern STORE_OPENING = new ProjectPattern("{storeName} · {platform} · {site}");

  record Offered(String form, String key, String value, String label) {}

  @Test
  void everyOfferedPlatformAndSiteReadsAsItsSelectLabel() throws IOException {
    List<Offered> offered = offeredPlacesOfStaffForms();
    assertThat(offered).extracting(Offered::value).contains("lazada", "tiktok-shop", "TH", "TW", "SA");

    SoftAssertions softly = new SoftAssertions();
    for (Offered option : offered) {
      String subject = STORE_OPENING.subject(Map.of("storeName", "Store", option.key(), option.value())::get, LABELS);
      softly.assertThat(subject).as(option.form() + " › " + option.key() + " " + option.value())
          .isEqualTo("Store · " + option.label());
    }
    softly.assertAll();
  }

  @Test
  void aValueNoFormOffersReadsAsItIs() {
    assertThat(LABELS.of("site", "XX")).isEqualTo("XX");
    assertThat(LABELS.of("site", null)).isEmpty();
  }

  /** The options staff read (agency forms are in English and may label a value differently). */
  private static List<Offered> offeredPlacesOfStaffForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Offered> offered = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        collect(form.getFileName().toString(), json.readTree(form.toFile()).path("components"), offered);
      }
    }
    return offered;
  }

  private static void collect(String form, JsonNode components, List<Offered> offered) {
    for (JsonNode component : components) {
      if (PLACES.contains(component.path("key").asText())) {
        component.path("values").forEach(option -> offered.add(new Offered(form, component.path("key").asText(),
            option.path("value").asText(), option.path("label").asText())));
      }
      collect(form, component.path("components"), offered);
    }
  }
}
