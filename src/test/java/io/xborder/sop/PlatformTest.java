package io.xborder.sop;

import io.xborder.sop.templates.TemplateCoverageRecording;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole platform on a random port with the demo organisation, an in-memory database and the
 * job executor off (tests fire timers themselves). Every Spring test uses exactly this, so they all
 * share one application context and one engine: add no per-class properties or mocks. Camunda BPM
 * Assert is pointed at that engine before each test, and {@link PlatformHttp} can be autowired. The
 * engine reports what the templates do to the coverage check ({@link TemplateCoverageRecording}); the
 * build's {@code postgresql} run puts it on PostgreSQL ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = XborderSopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BpmAssertEngine.class)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({PlatformHttp.class, TemplateCoverageRecording.class})
public @interface PlatformTest {}
