package org.complychain.risk;

import java.util.Optional;

/** The sector ILAB gives each good. */
public enum Sector {
  AGRICULTURE("Agriculture"),
  MANUFACTURING("Manufacturing"),
  MINING("Mining"),
  OTHER("Other");

  private final String ilabName;

  Sector(String ilabName) {
    this.ilabName = ilabName;
  }

  static Optional<Sector> fromIlab(String text) {
    for (Sector sector : values()) {
      if (sector.ilabName.equalsIgnoreCase(text.strip())) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }
}
