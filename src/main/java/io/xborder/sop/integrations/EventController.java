package io.xborder.sop.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.xborder.sop.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /events/{eventName}}: where systems such as the ERP deliver the events of
 * {@link ErpEvent}, logged in like {@code /reports} (HTTP Basic against the engine's users). Only
 * members of the {@code integrations} group may; the answer is a receipt id and never project data, a
 * refusal a problem detail ({@code system.ProblemAnswers}).
 */
@RestController
@RequestMapping("/events")
class EventController {

  /** Far above any valid event (a handful of fields of at most 4,000 characters), far below a memory problem. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final EventDelivery delivery;
  private final ObjectReader json;

  EventController(EventDelivery delivery, ObjectMapper mapper) {
    this.delivery = delivery;
    this.json = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  @PostMapping("/{eventName}")
  ResponseEntity<Map<String, String>> deliver(@PathVariable String eventName, HttpServletRequest request) throws IOException {
    if (!request.isUserInRole(Role.INTEGRATIONS.groupId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Events are delivered by members of the '"
          + Role.INTEGRATIONS.groupId() + "' group; '" + request.getRemoteUser() + "' is not one");
    }
    ErpEvent event = ErpEvent.named(eventName).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No event '" + eventName + "'; the platform takes " + String.join(", ", ErpEvent.names())));
    if (!isJson(request.getContentType())) {
      throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the event as Content-Type: application/json");
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "An event body may have at most " + MAX_BODY_BYTES + " bytes");
    }
    String receipt = delivery.deliver(event, event.read(parse(body)), request.getRemoteUser());
    return ResponseEntity.ok(Map.of("receiptId", receipt));
  }

  private static boolean isJson(String contentType) {
    try {
      return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
    } catch (InvalidMediaTypeException unreadable) {
      return false;
    }
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidEvent(null, "The body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidEvent(null, "The body could not be read as JSON");
    }
  }
}
