package org.complychain.organisation;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166 alpha-2 country codes, named in the page's language by the JDK's locale data. */
public final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final Map<String, List<Option>> OPTIONS = new ConcurrentHashMap<>();

  private Countries() {}

  public static boolean known(String code) {
    return code != null && CODES.contains(code);
  }

  public static String name(String code, Locale language) {
    return new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
  }

  /** Every country, sorted by its name in the language; computed once per language. */
  public static List<Option> options(Locale language) {
    return OPTIONS.computeIfAbsent(
        language.getLanguage(), tag -> sorted(Locale.forLanguageTag(tag)));
  }

  private static List<Option> sorted(Locale language) {
    Collator collator = Collator.getInstance(language);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Option(code, name(code, language)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }
}
