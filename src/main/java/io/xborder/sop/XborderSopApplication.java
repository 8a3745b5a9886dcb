package io.xborder.sop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class XborderSopApplication {

  public static void main(String[] args) {
    SpringApplication.run(XborderSopApplication.class, args);
  }
}
