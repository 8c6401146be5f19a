package org.complychain.plan;

import java.util.Optional;

/** The life of a corrective action, from opened to independently verified. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  VERIFIED;

  public static Optional<ActionStatus> parse(String code) {
    for (ActionStatus s : values()) {
      if (s.name().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public boolean closed() {
    return this == DONE || this == VERIFIED;
  }
}
