package org.complychain.exchange;

/**
 * Why a file was not imported. Thrown inside the import's transaction, so nothing of the file is
 * kept; the detail (a field path, a question id, a schema version) is shown with the message.
 */
public class ImportRefused extends RuntimeException {

  /** The reasons, each with its own message in every language. */
  public enum Reason {
    NO_FILE,
    TOO_LARGE,
    MALFORMED,
    TOO_DEEP,
    DUPLICATE_KEY,
    OTHER_SCHEMA,
    INVALID_VALUE,
    UNKNOWN_QUESTION
  }

  public final Reason reason;
  public final String detail;

  public ImportRefused(Reason reason, String detail) {
    super(reason + (detail == null ? "" : ": " + detail), null, false, false);
    this.reason = reason;
    this.detail = detail;
  }

  public ImportRefused(Reason reason) {
    this(reason, null);
  }
}
