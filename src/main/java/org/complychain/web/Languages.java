package org.complychain.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four languages of the product and how a request picks one. */
public final class Languages {

  public static final Locale DEFAULT = Locale.ENGLISH;
  public static final List<String> CODES = List.of("en", "es", "fr", "ms");
  public static final String COOKIE = "lang";

  private Languages() {}

  public static Optional<String> supported(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String lower = code.trim().toLowerCase(Locale.ROOT);
    return CODES.contains(lower) ? Optional.of(lower) : Optional.empty();
  }

  /**
   * An explicit choice wins; then the best match over every {@code Accept-Language} entry, by
   * weight; then English.
   */
  public static Locale resolve(String cookieChoice, String acceptLanguage) {
    Optional<String> chosen = supported(cookieChoice);
    if (chosen.isPresent()) {
      return Locale.forLanguageTag(chosen.get());
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
        for (Locale.LanguageRange range : ranges) {
          if (range.getWeight() == 0) {
            continue;
          }
          String primary = range.getRange().split("-")[0];
          Optional<String> match = supported(primary);
          if (match.isPresent()) {
            return Locale.forLanguageTag(match.get());
          }
        }
      } catch (IllegalArgumentException malformed) {
        return DEFAULT;
      }
    }
    return DEFAULT;
  }
}
