package org.complychain.evidence;

import java.util.UUID;

/**
 * An upload or change the rules refuse. Thrown inside the service's transaction, it rolls back
 * whatever was already streamed, so a refused file leaves nothing behind.
 */
public class EvidenceRefused extends RuntimeException {

  /** Why. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    QUOTA,
    DUPLICATE,
    FROZEN,
    PLAN_LOCKED
  }

  public final Reason reason;

  /** For {@link Reason#DUPLICATE}: the file already holding the same bytes. */
  public final UUID existing;

  public EvidenceRefused(Reason reason) {
    this(reason, null);
  }

  public EvidenceRefused(Reason reason, UUID existing) {
    super(reason.name(), null, false, false);
    this.reason = reason;
    this.existing = existing;
  }
}
