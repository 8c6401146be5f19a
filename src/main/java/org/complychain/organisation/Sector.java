package org.complychain.organisation;

import java.util.Optional;

/** The sector an organisation works in. The names are stored codes: never rename one. */
public enum Sector {
  AGRICULTURE,
  FOOD_BEVERAGE,
  APPAREL_TEXTILES,
  ELECTRONICS,
  MINING_METALS,
  CONSTRUCTION,
  RETAIL,
  MANUFACTURING_OTHER,
  SERVICES,
  OTHER;

  public static Optional<Sector> fromCode(String code) {
    for (Sector sector : values()) {
      if (sector.name().equals(code)) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }
}
