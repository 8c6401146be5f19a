package org.complychain.risk;

/** A supplier CSV refused as a whole: nothing of it is kept, the person gets one clear message. */
final class CsvRefused extends Exception {

  /** Why the file as a whole was refused. */
  enum Reason {
    EMPTY,
    BINARY,
    ENCODING,
    QUOTES,
    NO_ROWS,
    TOO_MANY_ROWS,
    MISSING_COLUMNS
  }

  final Reason reason;

  /** The line of a broken quote, or the missing columns' names; empty otherwise. */
  final String detail;

  CsvRefused(Reason reason) {
    this(reason, "");
  }

  CsvRefused(Reason reason, String detail) {
    super(reason.name() + " " + detail, null, false, false);
    this.reason = reason;
    this.detail = detail;
  }
}
