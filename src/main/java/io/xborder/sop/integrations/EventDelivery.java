package io.xborder.sop.integrations;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.MessageCorrelationResultType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hands a checked event to the engine as the message its templates wait for. The platform itself
 * correlates it, with no user authenticated in the engine, so the engine's authorization checks do
 * not apply and an integration account needs (and has) no engine permission at all: what it can do
 * is exactly what {@link ErpEvent} lists.
 */
@Service
class EventDelivery {

  private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);

  private final ProcessEngine engine;

  EventDelivery(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Returns the receipt id, which the log line of this delivery carries too. */
  String deliver(ErpEvent event, Map<EventField, Object> values, String deliveredBy) {
    MessageCorrelationBuilder correlation = engine.getRuntimeService().createMessageCorrelation(event.eventName());
    values.forEach((field, value) -> {
      switch (field.use()) {
        case BUSINESS_KEY -> correlation.processInstanceBusinessKey((String) value);
        case CORRELATION_KEY -> correlation.processInstanceVariableEquals(field.name(), value).setVariable(field.name(), value);
        case VARIABLE -> correlation.setVariable(field.name(), value);
      }
    });
    engine.getIdentityService().clearAuthentication();
    MessageCorrelationResult result;
    try {
      result = correlation.correlateWithResult();
    } catch (MismatchingMessageCorrelationException | BadUserRequestException refused) {
      throw new InvalidEvent(null, refused.getMessage());
    }
    String receipt = UUID.randomUUID().toString();
    log.info("Event {} from {} delivered to process instance {} (receipt {})", event.eventName(), deliveredBy,
        result.getResultType() == MessageCorrelationResultType.Execution
            ? result.getExecution().getProcessInstanceId() : result.getProcessInstance().getId(),
        receipt);
    return receipt;
  }
}
