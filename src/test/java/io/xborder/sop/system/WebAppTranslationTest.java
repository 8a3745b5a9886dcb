package io.xborder.sop.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified Chinese translation ({@code locales/zh.json}) of Camunda's web apps must cover every
 * key of the English file in the Camunda webjar on the classpath. After a Camunda upgrade this test
 * lists the new keys to translate.
 */
class WebAppTranslationTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Angular expressions, HTML tags and moment.js placeholders must survive the translation unchanged. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{[^}]*}}|</?(a|b|br|strong|em|i|span|code|p|ul|ol|li|div|small)\\b[^>]*>|%[sd]");

  /** A date format such as YYYY-MM-DDTHH:mm:ss is shown as it is. */
  private static final Pattern DATE_FORMAT = Pattern.compile("[YMDTHhms:./ -]+");

  /**
   * Words that stay English in Chinese too: product and app names, technical names, the variable
   * types the engine knows. A value made only of these (and symbols) may equal the English one.
   */
  private static final Set<String> UNTRANSLATED_WORDS = Set.of(
      "Camunda", "Cockpit", "Tasklist", "Admin", "Optimize", "Welcome", "ID", "IDs", "BPMN", "DMN", "CMMN", "DRD",
      "FEEL", "JSON", "XML", "CSV", "REST", "API", "URL", "HTTP", "Key", "requestPayload", "null", "undefined",
      "true", "false",
      "Boolean", "String", "Integer", "Long", "Short", "Double", "Date", "Object", "Bytes", "File", "Json", "Xml",
      "HH", "mm", "ss", "LT", "L", "YYYY", "MM", "DD");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyOfTheWebAppHasAChineseTranslation(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(APPS + app + "/locales/en.json"));
    Map<String, JsonNode> chinese = leaves(read(APPS + app + "/locales/zh.json"));
    assertThat(english).as("English keys of %s in the Camunda webjar", app).hasSizeGreaterThan(100);

    List<String> missing = new ArrayList<>();
    List<String> leftInEnglish = new ArrayList<>();
    List<String> brokenPlaceholders = new ArrayList<>();
    english.forEach((path, englishValue) -> {
      JsonNode chineseValue = chinese.get(path);
      if (chineseValue == null) {
        missing.add(path);
      } else if (englishValue.isTextual()) {
        String en = englishValue.asText();
        String zh = chineseValue.asText();
        if (zh.equals(en) && !mayStayEnglish(en)) {
          leftInEnglish.add(path + " = " + en);
        }
        if (!placeholders(en).equals(placeholders(zh))) {
          brokenPlaceholders.add(path + ": " + placeholders(en) + " became " + placeholders(zh));
        }
      }
    });

    assertThat(missing).as("keys of %s/locales/en.json missing in zh.json", app).isEmpty();
    assertThat(leftInEnglish).as("values of %s/locales/zh.json still in English", app).isEmpty();
    assertThat(brokenPlaceholders).as("placeholders changed in %s/locales/zh.json", app).isEmpty();
  }

  private static boolean mayStayEnglish(String value) {
    if (DATE_FORMAT.matcher(value).matches()) {
      return true;
    }
    Matcher words = LATIN_WORD.matcher(PLACEHOLDER.matcher(value).replaceAll(""));
    while (words.find()) {
      if (!UNTRANSLATED_WORDS.contains(words.group())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> placeholders(String value) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    Collections.sort(found);
    return found;
  }

  private static JsonNode read(String resource) throws IOException {
    URL url = WebAppTranslationTest.class.getClassLoader().getResource(resource);
    assertThat(url).as(resource + " on the classpath").isNotNull();
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    }
  }

  /** Every value by its path, e.g. {@code labels.TASKLIST_APP}, {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}
