package io.xborder.sop.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Staff work in Tasklist, so that is where the bare address takes them. */
@Controller
class LandingPage {

  @GetMapping("/")
  String tasklist() {
    return "redirect:/camunda/app/tasklist/";
  }
}
