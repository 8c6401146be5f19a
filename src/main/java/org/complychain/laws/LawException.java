package org.complychain.laws;

/** Law data that cannot be used; the message names the file and the field. */
public class LawException extends RuntimeException {

  public LawException(String message) {
    super(message);
  }

  public LawException(String message, Throwable cause) {
    super(message, cause);
  }
}
