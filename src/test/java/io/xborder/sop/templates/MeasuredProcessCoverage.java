package io.xborder.sop.templates;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code PlatformTest} class whose process coverage the coverage library measures. Such classes run in
 * the build's {@code process-coverage} execution, a JVM of their own (see the pom).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(MeasuredProcessCoverage.TAG)
@ExtendWith(ProcessCoverage.class)
public @interface MeasuredProcessCoverage {

  String TAG = "process-coverage";
}
