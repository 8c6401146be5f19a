package org.complychain.organisation;

import java.util.Optional;

/** Number of employees, in bands. The names are stored codes: never rename one. */
public enum SizeBand {
  /** 1 to 9. */
  MICRO,
  /** 10 to 49. */
  SMALL,
  /** 50 to 249. */
  MEDIUM,
  /** 250 to 999. */
  LARGE,
  /** 1000 or more. */
  VERY_LARGE;

  public static Optional<SizeBand> fromCode(String code) {
    for (SizeBand band : values()) {
      if (band.name().equals(code)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }
}
