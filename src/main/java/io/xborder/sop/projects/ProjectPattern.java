package io.xborder.sop.projects;

import io.xborder.sop.forms.OptionLabels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A template's pattern for its project codes or subjects, as the analyst writes it in Modeler
 * (process › Extension properties): literal text with {@code {variable}} placeholders, e.g.
 * {@code SO-{platform}-{site}-{number}} or {@code {storeName} ({platform} {site})}. In a code,
 * {@code {number}} is the template's counter for the rest of the code.
 */
public record ProjectPattern(String text) {

  static final String NUMBER = "number";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
  private static final int MAX_CODE_PART = 20;
  private static final int MAX_SUBJECT = 200;

  /**
   * The code with every variable filled in and {@code {number}} left for the counter. A value becomes
   * upper-case letters, digits and hyphens; a marketplace id becomes its short code.
   *
   * @throws ProjectStartRefused naming the variables a code needs but the start did not give
   */
  String codeWithoutNumber(Function<String, Object> variables) {
    List<String> missing = new ArrayList<>();
    String code = replace(variables, (name, value) -> {
      if (NUMBER.equals(name)) {
        return "{" + NUMBER + "}";
      }
      if (value == null || value.toString().isBlank()) {
        missing.add(name);
        return "";
      }
      return codePart(value.toString());
    });
    if (!missing.isEmpty()) {
      throw new ProjectStartRefused("The project code " + text + " is made from " + String.join(", ", missing)
          + "; give them, or give the project code (business key) yourself");
    }
    return code;
  }

  /**
   * The subject for people: values as the forms' selects label them ("亚马逊 Amazon", "德国 (DE)"),
   * missing ones left out with their brackets or separator.
   */
  String subject(Function<String, Object> variables, OptionLabels labels) {
    String subject = replace(variables, (name, value) -> labels.of(name, value));
    subject = Arrays.stream(subject.replaceAll("\\(\\s*\\)|（\\s*）", "").split("·"))
        .map(part -> part.replaceAll("\\s+", " ").strip()).filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" · "));
    return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
  }

  boolean hasNumber() {
    return text.contains("{" + NUMBER + "}");
  }

  private String replace(Function<String, Object> variables, Filler filler) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      Object value = NUMBER.equals(name) ? null : variables.apply(name);
      matcher.appendReplacement(result, Matcher.quoteReplacement(filler.fill(name, value)));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String codePart(String value) {
    String part = Marketplace.byId(value).map(Marketplace::code)
        .orElse(value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", ""));
    return part.length() > MAX_CODE_PART ? part.substring(0, MAX_CODE_PART) : part;
  }

  private interface Filler {
    String fill(String name, Object value);
  }
}
