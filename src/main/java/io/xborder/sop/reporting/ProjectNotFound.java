package io.xborder.sop.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ProjectNotFound extends RuntimeException {
  ProjectNotFound(String businessKey) {
    super("No project with business key '" + businessKey + "'");
  }
}
