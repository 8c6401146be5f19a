package org.complychain.guidance;

/** Guidance content that cannot be used; the message names the file and the field. */
public class GuidanceException extends RuntimeException {

  public GuidanceException(String message) {
    super(message);
  }

  public GuidanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
