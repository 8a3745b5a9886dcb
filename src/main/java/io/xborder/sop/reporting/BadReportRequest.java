package io.xborder.sop.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A report parameter the reader can fix; answered 400 with this reason. */
class BadReportRequest extends ResponseStatusException {
  BadReportRequest(String reason) {
    super(HttpStatus.BAD_REQUEST, reason);
  }
}
