package org.complychain.carryover;

/** Why next year's plan was not started; nothing was written. */
public class CarryRefused extends RuntimeException {

  /** The reasons, each with its own message on the form. */
  public enum Reason {
    /** The version is not approved, or a newer approved version of its plan exists. */
    NOT_APPROVED,
    /** A plan of the organisation already covers part of the period (also: carried over twice). */
    PERIOD_TAKEN
  }

  private final Reason reason;

  public CarryRefused(Reason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
