package io.xborder.sop.integrations;

/** An event body the platform will not act on; answered 400 with the reason and the field at fault. */
class InvalidEvent extends RuntimeException {

  private final String field;

  InvalidEvent(String field, String reason) {
    super(reason);
    this.field = field;
  }

  /** The body field at fault, or null when the body as a whole is wrong. */
  String field() {
    return field;
  }
}
