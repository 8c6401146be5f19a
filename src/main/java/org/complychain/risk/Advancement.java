package org.complychain.risk;

import java.util.Optional;

/**
 * ILAB's assessment of a country's efforts against the worst forms of child labour. The findings
 * qualify some levels ("Minimal Advancement – Efforts Made but ..."); the qualifier is prose, so
 * only the level is kept.
 */
public enum Advancement {
  SIGNIFICANT("Significant Advancement"),
  MODERATE("Moderate Advancement"),
  MINIMAL("Minimal Advancement"),
  NONE("No Advancement"),
  NOT_ASSESSED("No Assessment"),
  /** The element is there but empty: the country is not covered by the child labour report. */
  NOT_COVERED("");

  private final String ilabName;

  Advancement(String ilabName) {
    this.ilabName = ilabName;
  }

  static Optional<Advancement> fromIlab(String text) {
    if (text.isBlank()) {
      return Optional.of(NOT_COVERED);
    }
    String level = text.strip().split("\\s+[–—-]\\s+", 2)[0];
    for (Advancement advancement : values()) {
      if (!advancement.ilabName.isEmpty() && advancement.ilabName.equalsIgnoreCase(level)) {
        return Optional.of(advancement);
      }
    }
    return Optional.empty();
  }
}
