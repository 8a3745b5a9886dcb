package io.xborder.sop.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ProjectNotFound extends ResponseStatusException {
  ProjectNotFound(String businessKey) {
    super(HttpStatus.NOT_FOUND, "No project with business key '" + businessKey + "'");
  }
}
