package io.xborder.sop.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener throws into a plain {@link ProcessEngineException}, which
 * the REST API answers with 500. Rules that refuse a user's input (four-eyes, a business key in
 * use) throw a {@link FormFieldValidationException} (the expression sandbox's refusal is one) or,
 * where the REST API's {@code start} would answer an engine error with 500, a REST request error;
 * this outermost interceptor runs after the command has rolled back and rethrows either unwrapped,
 * so REST answers 400 with the reason.
 */
@Component
public class RefusalUnwrapping extends AbstractProcessEnginePlugin {

  /** A refusal of what a person submitted, answered 400 with the message by the REST API and Tasklist. */
  public static RuntimeException inputRefused(Object field, String message) {
    return new FormFieldValidationException(field, message);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepend(configuration.getCustomPreCommandInterceptorsTxRequired()));
  }

  private static List<CommandInterceptor> prepend(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrapper());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  private static final class Unwrapper extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException refusal) {
            throw refusal;
          }
          if (cause instanceof RestException requestError) {
            throw requestError;
          }
        }
        throw e;
      }
    }
  }
}
