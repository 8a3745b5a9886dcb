package io.xborder.sop.integrations;

import static io.xborder.sop.integrations.EventField.Use.BUSINESS_KEY;
import static io.xborder.sop.integrations.EventField.Use.CORRELATION_KEY;
import static io.xborder.sop.integrations.EventField.Use.VARIABLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.compliance.ComplianceRemediation;
import io.xborder.sop.launch.ProductLaunch;
import io.xborder.sop.projects.ProjectVariables;
import io.xborder.sop.replenishment.UrgentReplenishment;
import io.xborder.sop.storeopening.StoreOpening;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events systems may deliver, each with its flat body: the README's events table in code. The
 * event's name is the message name its templates wait for.
 */
enum ErpEvent {
  COMPLIANCE_NOTICE_RECEIVED(ComplianceRemediation.MESSAGE_NOTICE_RECEIVED,
      EventField.key(ErpEvent.NOTICE_ID, BUSINESS_KEY),
      EventField.key(ComplianceRemediation.REGULATION, VARIABLE),
      EventField.key(ComplianceRemediation.PLATFORM, VARIABLE),
      EventField.key(ComplianceRemediation.SITE, VARIABLE),
      EventField.text(ComplianceRemediation.SKUS, true),
      EventField.deadline(ComplianceRemediation.DEADLINE)),
  LOW_STOCK_ALERT(UrgentReplenishment.MESSAGE_LOW_STOCK_ALERT,
      EventField.key(UrgentReplenishment.SKU, CORRELATION_KEY),
      EventField.key(UrgentReplenishment.SITE, CORRELATION_KEY),
      EventField.quantity(UrgentReplenishment.DAYS_OF_COVER),
      EventField.quantity(UrgentReplenishment.DAILY_SALES)),
  PLATFORM_REVIEW_RESULT(StoreOpening.REVIEW_RESULT_MESSAGE,
      EventField.key(ErpEvent.PROJECT_CODE, BUSINESS_KEY),
      EventField.oneOf(StoreOpening.REVIEW_OUTCOME, StoreOpening.REVIEW_OUTCOMES),
      EventField.text(StoreOpening.REVIEW_NOTE, false)),
  FBA_INBOUND_RECEIVED(ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED,
      EventField.key(ErpEvent.PROJECT_CODE, BUSINESS_KEY));

  /** The compliance notice's id, which becomes its project's business key. */
  static final String NOTICE_ID = "noticeId";
  /** The business key of the project the event is about, named as its instances carry it. */
  static final String PROJECT_CODE = ProjectVariables.PROJECT_CODE;

  private final String eventName;
  private final List<EventField> fields;

  ErpEvent(String eventName, EventField... fields) {
    this.eventName = eventName;
    this.fields = List.of(fields);
  }

  String eventName() {
    return eventName;
  }

  List<EventField> fields() {
    return fields;
  }

  static Optional<ErpEvent> named(String eventName) {
    return Arrays.stream(values()).filter(event -> event.eventName.equals(eventName)).findFirst();
  }

  static List<String> names() {
    return Arrays.stream(values()).map(ErpEvent::eventName).toList();
  }

  /** The body's values as the engine stores them, in the order of {@link #fields()}; absent optional fields left out. */
  Map<EventField, Object> read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidEvent(null, "The body must be a JSON object with the fields of " + eventName + ": " + fieldNames());
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (fields.stream().noneMatch(field -> field.name().equals(name))) {
        throw new InvalidEvent(name, "'" + name + "' is not a field of " + eventName + ", which has " + fieldNames());
      }
    }
    Map<EventField, Object> values = new LinkedHashMap<>();
    for (EventField field : fields) {
      JsonNode node = body.get(field.name());
      if (node == null || node.isNull()) {
        if (field.required()) {
          throw new InvalidEvent(field.name(), "'" + field.name() + "' is required: " + field.expected());
        }
        continue;
      }
      values.put(field, field.read(node));
    }
    return values;
  }

  private String fieldNames() {
    return String.join(", ", fields.stream().map(EventField::name).toList());
  }
}
