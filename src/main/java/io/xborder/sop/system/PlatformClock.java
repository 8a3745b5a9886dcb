package io.xborder.sop.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The platform's one clock for business time — due dates, reminders and escalations, retries,
 * evidence, mails, the KYC's "today" — read from the engine's clock, so that the engine's timers and
 * the platform's dates never disagree and a test that moves the engine's clock ({@code ClockUtil})
 * moves all of them. The one place that reads {@code ClockUtil}, internal engine API.
 */
@Component
public final class PlatformClock extends Clock {

  private final ZoneId zone;

  public PlatformClock() {
    this(ZoneOffset.UTC);
  }

  private PlatformClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return date().toInstant();
  }

  /** Now, as the engine's API takes it. */
  public Date date() {
    return ClockUtil.getCurrentTime();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return new PlatformClock(otherZone);
  }
}
