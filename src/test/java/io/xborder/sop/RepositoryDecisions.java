package io.xborder.sop;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** A decision exactly as it is in the repository's {@code dmn/} folder, for row-by-row tests without an engine. */
public final class RepositoryDecisions {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private RepositoryDecisions(DmnDecision decision) {
    this.decision = decision;
  }

  public static RepositoryDecisions of(String decisionKey) {
    try (InputStream file = new FileInputStream("dmn/" + decisionKey + ".dmn")) {
      return new RepositoryDecisions(DMN.parseDecision(decisionKey, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecisionTableResult evaluate(Map<String, Object> variables) {
    return DMN.evaluateDecisionTable(decision, variables);
  }
}
