package io.xborder.sop;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.xborder.sop.system.PlatformClock;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Engine internals stay behind the doors the README's upgrade checklist lists, and business time has
 * one source, so a Camunda upgrade is checked in few places and a moved engine clock moves everything.
 */
@AnalyzeClasses(packages = "io.xborder.sop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The door packages: each capability's {@code engine} package (plug-ins, parse listeners, job handlers, interceptors). */
  static final String DOORS = "io.xborder.sop..engine..";

  /**
   * {@link Authentication} sits in the internal package but is what the public
   * {@code IdentityService.getCurrentAuthentication()} hands out, so using it is using public API.
   */
  static final DescribedPredicate<JavaClass> ENGINE_INTERNALS = resideInAPackage("org.camunda.bpm.engine.impl..")
      .and(not(equivalentTo(Authentication.class)))
      .as("are engine internals (org.camunda.bpm.engine.impl..)");

  @ArchTest
  static final ArchRule engineInternalsOnlyBehindTheDoors = noClasses()
      .that().resideOutsideOfPackage(DOORS)
      .and().doNotBelongToAnyOf(PlatformClock.class)
      .should().dependOnClassesThat(ENGINE_INTERNALS)
      .because("engine internals live in the <capability>.engine packages and PlatformClock, each listed in"
          + " the README's upgrade checklist; everything else uses Camunda's public API");

  /**
   * Reading the time other than from the one clock: java.time's {@code now()} without a clock,
   * {@code new Date()}, {@code System.currentTimeMillis()}, the system clocks, or the engine's
   * {@code ClockUtil} directly. Measuring how long something took ({@code System.nanoTime()}) is no
   * business time and stays allowed.
   */
  static final DescribedPredicate<JavaCall<?>> READS_THE_TIME = DescribedPredicate.describe(
      "read the time other than from PlatformClock", call -> {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return owner.startsWith("java.time.") && name.equals("now") && !parameters.contains(Clock.class.getName())
            || owner.equals(Date.class.getName()) && name.equals("<init>") && parameters.isEmpty()
            || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
            || owner.equals(Clock.class.getName()) && (name.equals("systemUTC") || name.equals("systemDefaultZone"))
            || owner.equals(ClockUtil.class.getName());
      });

  @ArchTest
  static final ArchRule businessTimeFromTheOneClock = noClasses()
      .that().doNotBelongToAnyOf(PlatformClock.class)
      // The login throttle measures real waiting time between attempts, which a moved engine clock must not shorten.
      .and().doNotHaveFullyQualifiedName("io.xborder.sop.system.LoginThrottle")
      .should().callCodeUnitWhere(READS_THE_TIME)
      .because("business time is read from one clock, the engine's, through system.PlatformClock");
}
