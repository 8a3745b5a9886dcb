package io.xborder.sop.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A plain Camunda 7 Spring Boot starter application (engine, REST API, web apps; no plug-ins, no
 * authorization), the yardstick of {@link EngineThroughputBenchmark}. Only auto-configuration, no
 * {@code @SpringBootApplication}: the platform's component scan (and the tests', which see this class)
 * must not take it for one of their configurations. Started with {@code --spring.config.name} of its
 * own, so the platform's {@code application.yaml} on the same classpath is not read either.
 */
@EnableAutoConfiguration
public class PlainCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlainCamundaApplication.class, args);
  }
}
