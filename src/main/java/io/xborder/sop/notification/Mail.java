package io.xborder.sop.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One mail to one person, as it stands when the work happened: the task may be done and the project
 * ended by the time it is sent. Kept as JSON in its job, so a retry sends exactly this mail again.
 *
 * @param due the task's due date as an ISO instant, or null
 * @param reason why the work was rejected, or null
 */
public record Mail(
    MailKind kind,
    String userId,
    String name,
    String address,
    String language,
    String zone,
    String taskId,
    String taskName,
    String projectName,
    String businessKey,
    String due,
    String reason) {

  /** Job configurations are stored in a 4000-character column; a reason is cut well before that. */
  static final int REASON_LIMIT = 1000;
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public Mail {
    if (reason != null && reason.length() > REASON_LIMIT) {
      reason = reason.substring(0, REASON_LIMIT) + "…";
    }
  }

  public static Mail parse(String json) {
    try {
      return JSON.readValue(json, Mail.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable mail job configuration: " + e.getOriginalMessage(), e);
    }
  }

  /** What its job keeps ({@link io.xborder.sop.notification.engine.MailJobHandler}). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
