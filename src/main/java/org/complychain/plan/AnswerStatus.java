package org.complychain.plan;

import java.util.Optional;

/** Where a company stands on one key question. Stored by its code; labels live in the bundles. */
public enum AnswerStatus {
  NOT_STARTED,
  IN_PROGRESS,
  IN_PLACE,
  NOT_APPLICABLE;

  public static Optional<AnswerStatus> parse(String code) {
    for (AnswerStatus s : values()) {
      if (s.name().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Anything but "in place" is a gap that a corrective action can close. */
  public boolean gap() {
    return this != IN_PLACE && this != NOT_APPLICABLE;
  }
}
