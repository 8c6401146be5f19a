package org.complychain.evidence;

import java.time.LocalDate;

/** Whether a file is still valid, expires within 30 days, or has expired. */
public enum ExpiryState {
  VALID,
  EXPIRING,
  EXPIRED;

  static final int WARNING_DAYS = 30;

  public static ExpiryState of(LocalDate expiresOn, LocalDate today) {
    if (expiresOn == null || expiresOn.isAfter(today.plusDays(WARNING_DAYS))) {
      return VALID;
    }
    return expiresOn.isBefore(today) ? EXPIRED : EXPIRING;
  }

  public boolean flagged() {
    return this != VALID;
  }
}
