package io.xborder.sop.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A report parameter the reader can fix; answered 400 with this message. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadReportRequest extends RuntimeException {
  BadReportRequest(String reason) {
    super(reason);
  }
}
