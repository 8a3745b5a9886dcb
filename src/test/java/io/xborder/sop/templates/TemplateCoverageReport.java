package io.xborder.sop.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports {@link TemplateCoverage} once every test has run, so no test's verdict depends on the order the
 * classes run in. A JUnit Platform listener (registered in {@code META-INF/services}): it attributes the
 * engine's events to the test class running, and at the end of the run writes, into the folder the pom's
 * default test run names in {@value #FOLDER_PROPERTY}, {@code summary.txt} (the figures), the HTML report
 * and, when a template falls short, {@value #SHORTFALLS} — which fails {@code mvn verify} (the pom's
 * {@code check-template-coverage}). A run of chosen classes ({@code -Dtest=…}) measures only what it ran:
 * it prints the figures and judges nothing.
 */
public class TemplateCoverageReport implements TestExecutionListener {

  static final String FOLDER_PROPERTY = "xborder.test.template-coverage";
  static final String SHORTFALLS = "shortfalls.txt";

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    folder().ifPresent(folder -> write(folder.resolve(SHORTFALLS), null));
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    test.getSource().filter(ClassSource.class::isInstance)
        .ifPresent(source -> TemplateCoverage.OF_THIS_RUN.startRun(((ClassSource) source).getClassName()));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    folder().ifPresent(folder -> {
      TemplateCoverage.Verdict verdict = TemplateCoverage.OF_THIS_RUN.check();
      boolean chosenClasses = System.getProperty("test") != null;
      String summary = String.format("%nCoverage of the templates in processes/ (whole test run, at least %d%% of the flow"
              + " nodes and of flow nodes with sequence flows):%n%s  HTML: %s%n%s", TemplateCoverage.REQUIRED_PERCENT,
          verdict.figures(), folder.resolve(TemplateCoverage.SUITE).resolve("report.html"),
          chosenClasses ? "  Chosen classes only (-Dtest): not judged.\n"
              : verdict.shortfalls().isEmpty() ? "" : "  UNDER " + TemplateCoverage.REQUIRED_PERCENT + "%: "
                  + verdict.shortfalls() + "\n");
      write(folder.resolve("summary.txt"), summary);
      TemplateCoverage.OF_THIS_RUN.writeHtmlReport(folder);
      if (!chosenClasses && !verdict.shortfalls().isEmpty()) {
        write(folder.resolve(SHORTFALLS), summary);
      }
    });
  }

  private static Optional<Path> folder() {
    return Optional.ofNullable(System.getProperty(FOLDER_PROPERTY)).map(Path::of);
  }

  /** Writes the text, or deletes the file when there is none. */
  private static void write(Path file, String text) {
    try {
      if (text == null) {
        Files.deleteIfExists(file);
      } else {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
