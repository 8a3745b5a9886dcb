package io.xborder.sop.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.compliance.ComplianceDeadline;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One field of an event's flat JSON body: what it must be, and what the engine does with it. A
 * value that is not what {@code expected} says is refused with the field's name before anything
 * reaches the engine.
 */
record EventField(String name, Use use, boolean required, String expected, Function<JsonNode, Object> reader) {

  /** Project codes, notice ids, SKUs, sites, regulations: as long as the engine's business key may be. */
  static final int KEY_LENGTH = 255;
  /** Free text such as a reviewer's note or a list of SKUs. */
  static final int TEXT_LENGTH = 4000;
  private static final int QUOTED_LENGTH = 60;

  enum Use {
    /** Names the project: the business key of the one it moves on, or of the one it starts. */
    BUSINESS_KEY,
    /** Finds the open project by this process variable, and is stored on the project. */
    CORRELATION_KEY,
    /** Stored on the project as a process variable. */
    VARIABLE
  }

  static EventField key(String name, Use use) {
    return new EventField(name, use, true, "non-blank text of at most " + KEY_LENGTH + " characters",
        node -> node.isTextual() && !node.asText().isBlank() && node.asText().length() <= KEY_LENGTH ? node.asText() : null);
  }

  static EventField text(String name, boolean required) {
    return new EventField(name, Use.VARIABLE, required, "text of at most " + TEXT_LENGTH + " characters",
        node -> node.isTextual() && node.asText().length() <= TEXT_LENGTH ? node.asText() : null);
  }

  /** A quantity such as days of cover; always stored as a Double, whether the ERP writes 7 or 7.0. */
  static EventField quantity(String name) {
    return new EventField(name, Use.VARIABLE, true, "a number of at least 0",
        node -> node.isNumber() && Double.isFinite(node.doubleValue()) && node.doubleValue() >= 0 ? node.doubleValue() : null);
  }

  static EventField deadline(String name) {
    return new EventField(name, Use.VARIABLE, true, "an ISO date-time such as 2026-12-31T23:59:00+01:00",
        node -> node.isTextual() && node.asText().length() <= KEY_LENGTH && ComplianceDeadline.isDateTime(node.asText())
            ? node.asText() : null);
  }

  static EventField oneOf(String name, List<String> values) {
    return new EventField(name, Use.VARIABLE, true, "one of " + String.join(", ", values),
        node -> node.isTextual() && values.contains(node.asText()) ? node.asText() : null);
  }

  /** The value as the engine stores it; a refusal naming this field when it is not what is expected. */
  Object read(JsonNode node) {
    Object value = reader.apply(node);
    if (value == null) {
      throw new InvalidEvent(name, "'" + name + "' must be " + expected + ", not " + describe(node));
    }
    return value;
  }

  /** The wrong value when it is short; otherwise its kind and size (it may be megabytes long). */
  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      String text = node.asText();
      return text.length() <= QUOTED_LENGTH ? "'" + text + "'" : "text of " + text.length() + " characters";
    }
    return node.isNumber() ? "the number " + node.asText() : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
