package org.complychain.risk;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ILAB's country and territory names to ISO 3166 alpha-2 codes. Most match the JDK's English name
 * once spelling is folded ("St." for "Saint", "&" for "and"); those ILAB spells its own way are
 * mapped here by hand. A name matched neither way is an import error, never a guess.
 */
final class IlabCountries {

  /** ILAB's spelling where it differs from the JDK's English name. */
  private static final Map<String, String> EXPLICIT =
      Map.ofEntries(
          Map.entry("Burma", "MM"),
          Map.entry("Cabo Verde", "CV"),
          Map.entry("Congo, Democratic Republic of the", "CD"),
          Map.entry("Congo, Republic of the", "CG"),
          Map.entry("Falkland Islands (Islas Malvinas)", "FK"),
          // Kosovo has no ISO code; XK is the user-assigned code in common use.
          Map.entry("Kosovo", "XK"),
          Map.entry("Kyrgyz Republic", "KG"),
          Map.entry("Saint Helena, Ascension, and Tristan da Cunha", "SH"),
          Map.entry("Saint Vincent and the Grenadines", "VC"),
          Map.entry("The Gambia", "GM"),
          Map.entry("Turkey (Türkiye)", "TR"),
          Map.entry("West Bank and the Gaza Strip", "PS"));

  private static final Map<String, String> BY_JDK_NAME = jdkNames();

  private IlabCountries() {}

  static Optional<String> code(String ilabName) {
    String name = ilabName.strip();
    String explicit = EXPLICIT.get(name);
    return explicit != null
        ? Optional.of(explicit)
        : Optional.ofNullable(BY_JDK_NAME.get(folded(name)));
  }

  private static Map<String, String> jdkNames() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      names.put(folded(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    return names;
  }

  private static String folded(String name) {
    return GoodKeys.fold(name)
        .replace("&", " and ")
        .replace('’', '\'')
        .replaceAll("^st\\. ", "saint ")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
