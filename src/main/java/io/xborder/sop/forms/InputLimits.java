package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The sizes the engine's tables can hold, checked before a request reaches the engine so that too
 * much is a 400 with the reason instead of a database error (500). Business keys and variable names
 * are {@code VARCHAR(255)}, a String variable is stored in {@code TEXT_ VARCHAR(4000)} (H2 and
 * PostgreSQL); Json, Xml, Object, Bytes and File values go to a byte array, capped by a setting.
 */
@Component
@EnableConfigurationProperties(InputLimitSettings.class)
class InputLimits {

  static final int MAX_BUSINESS_KEY = 255;
  static final int MAX_VARIABLE_NAME = 255;
  static final int MAX_TEXT = 4000;

  /** Request fields holding a map of REST variables, in the variable, task, start and message APIs. */
  private static final List<String> VARIABLE_MAPS = List.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "processVariablesToTriggeredScope", "correlationKeys", "localCorrelationKeys");

  private final long maxSerializedBytes;

  InputLimits(InputLimitSettings settings) {
    this.maxSerializedBytes = settings.maxSerializedVariableSize().toBytes();
  }

  /** Whatever of a JSON request body is too large for the engine: its business key and variables. */
  List<Violation> check(JsonNode body) {
    List<Violation> violations = new ArrayList<>();
    JsonNode businessKey = body.path("businessKey");
    if (businessKey.isTextual() && businessKey.asText().length() > MAX_BUSINESS_KEY) {
      violations.add(new Violation("businessKey", RefusalMessages.businessKeyTooLong(businessKey.asText().length(), MAX_BUSINESS_KEY)));
    }
    checkMaps(body, violations);
    body.path("startInstructions").forEach(instruction -> checkMaps(instruction, violations));
    return violations;
  }

  private void checkMaps(JsonNode holder, List<Violation> violations) {
    for (String map : VARIABLE_MAPS) {
      for (Map.Entry<String, JsonNode> variable : holder.path(map).properties()) {
        violations.addAll(checkVariable(variable.getKey(), variable.getValue()));
      }
    }
  }

  /** One REST variable {@code {"value": ..., "type": ...}} under the given name. */
  List<Violation> checkVariable(String name, JsonNode variable) {
    if (name.length() > MAX_VARIABLE_NAME) {
      return List.of(new Violation(name.substring(0, 40), RefusalMessages.nameTooLong(name, MAX_VARIABLE_NAME)));
    }
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    if (value.isTextual() && (type.isEmpty() || type.equals("string")) && value.asText().length() > MAX_TEXT) {
      return List.of(new Violation(name, RefusalMessages.textTooLong(name, value.asText().length(), MAX_TEXT)));
    }
    long bytes = switch (type) {
      case "bytes", "file" -> value.asText().length() * 3L / 4; // Base64 in the request
      case "json", "xml", "object" -> value.isTextual() ? value.asText().getBytes(StandardCharsets.UTF_8).length : value.toString().length();
      default -> value.isContainerNode() ? value.toString().length() : 0;
    };
    return bytes > maxSerializedBytes
        ? List.of(new Violation(name, RefusalMessages.valueTooLarge(name, bytes, maxSerializedBytes))) : List.of();
  }

  /** A binary variable uploaded as {@code multipart/form-data} ({@code .../variables/{name}/data}). */
  List<Violation> checkUpload(String name, long contentLength) {
    return contentLength > maxSerializedBytes
        ? List.of(new Violation(name, RefusalMessages.valueTooLarge(name, contentLength, maxSerializedBytes))) : List.of();
  }
}
