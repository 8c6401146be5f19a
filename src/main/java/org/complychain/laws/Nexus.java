package org.complychain.laws;

import java.util.Optional;
import java.util.Set;

/**
 * A link between a company and a jurisdiction, written {@code kind:PLACE} in the law files: {@code
 * business:GB}, {@code imports:US}, {@code incorporated:EU}. The place is an ISO country code or
 * {@code EU} for any member state.
 */
public record Nexus(Kind kind, String place) {

  public enum Kind {
    incorporated,
    business,
    sells,
    imports,
    federal
  }

  /** The 27 member states of the European Union (ISO 3166 alpha-2). */
  public static final Set<String> EU_MEMBERS =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  public static Optional<Nexus> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String place = text.substring(colon + 1);
    if (!place.matches("[A-Z]{2}")) {
      return Optional.empty();
    }
    for (Kind k : Kind.values()) {
      if (k.name().equals(text.substring(0, colon))) {
        return Optional.of(new Nexus(k, place));
      }
    }
    return Optional.empty();
  }

  /** Whether a country or region the company named is this nexus's place. */
  public boolean covers(String code) {
    if (code == null) {
      return false;
    }
    return place.equals(code) || ("EU".equals(place) && (EU_MEMBERS.contains(code)));
  }
}
