package org.complychain.risk;

import java.util.Optional;

/** ILAB's world regions, as its reports group countries. */
public enum Region {
  EUROPE_EURASIA("Europe and Eurasia"),
  INDO_PACIFIC("Indo-Pacific"),
  LATIN_AMERICA_CARIBBEAN("Latin America and the Caribbean"),
  MIDDLE_EAST_NORTH_AFRICA("Middle East and North Africa"),
  SUB_SAHARAN_AFRICA("Sub-Saharan Africa");

  private final String ilabName;

  Region(String ilabName) {
    this.ilabName = ilabName;
  }

  static Optional<Region> fromIlab(String text) {
    for (Region region : values()) {
      if (region.ilabName.equalsIgnoreCase(text.strip())) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }
}
