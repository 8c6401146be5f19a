package org.complychain.laws;

/** Whether a law reaches the organisation, as far as its answers tell. */
public enum Outcome {
  APPLIES,
  MAY_APPLY,
  DOES_NOT_APPLY;

  /** The stronger of two outcomes: one route that applies is enough. */
  Outcome or(Outcome other) {
    return ordinal() <= other.ordinal() ? this : other;
  }

  /** The weaker of two: a route whose answer is uncertain cannot be more than "may". */
  Outcome atMost(Outcome cap) {
    return ordinal() >= cap.ordinal() ? this : cap;
  }
}
