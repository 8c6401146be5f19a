package org.complychain.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.organisation.Countries;
import org.complychain.web.Languages;

/**
 * The cells of the supplier CSV, read and written. What is read is accepted in any of our four
 * languages whatever the page's language (a Spanish file imports on an English page); what is
 * written is in the page's language, so that export and import round trip.
 */
final class CsvValues {

  /** Cells that a spreadsheet would run as a formula start with one of these. */
  private static final Pattern TIER = Pattern.compile("^\\D*(\\d+)\\s*\\+?\\D*$");

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  private static final Map<String, String> COUNTRIES = countries();
  private static final Map<String, String> GOODS = goods();
  private static final Map<String, SpendShare> SPEND =
      labels(SpendShare.values(), CsvValues::spendLabel);
  private static final Map<String, Workforce> WORKFORCE =
      labels(Workforce.values(), CsvValues::workforceLabel);
  private static final Map<String, Boolean> YES_NO = yesNo();

  private CsvValues() {}

  /** The ISO code of a country given by code or by name in any of our languages. */
  static Optional<String> country(String cell) {
    String code = cell.strip().toUpperCase(Locale.ROOT);
    if (code.length() == 2 && Countries.known(code)) {
      return Optional.of(code);
    }
    String found = COUNTRIES.get(folded(cell));
    if (found != null) {
      return Optional.of(found);
    }
    return IlabCountries.code(cell).filter(Countries::known);
  }

  static List<String> nearestCountries(String cell, String lang) {
    return NearestNames.codes(cell, COUNTRIES).stream()
        .map(code -> RiskText.country(code, lang))
        .toList();
  }

  /** The key of a good given by its key or its name in any of our languages. */
  static Optional<String> good(String cell) {
    String key = cell.strip();
    if (GoodNames.known(key)) {
      return Optional.of(key);
    }
    return GoodNames.exact(key);
  }

  static List<String> nearestGoods(String cell, String lang) {
    return NearestNames.codes(cell, GOODS).stream()
        .map(key -> GoodNames.name(key, key, lang))
        .toList();
  }

  /** The goods of a cell: names separated by "|" (or ";", or line breaks). */
  static List<String> goodNames(String cell) {
    return List.of(cell.split("[|;\\n]")).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static Optional<Integer> tier(String cell) {
    Matcher m = TIER.matcher(cell.strip());
    if (!m.matches() || m.group(1).length() > 3) {
      return Optional.empty();
    }
    int tier = Integer.parseInt(m.group(1));
    return tier < 1 ? Optional.empty() : Optional.of(Math.min(tier, 4));
  }

  static Optional<SpendShare> spend(String cell) {
    return Optional.ofNullable(SPEND.get(folded(cell)));
  }

  static Optional<Workforce> workforce(String cell) {
    return Optional.ofNullable(WORKFORCE.get(folded(cell)));
  }

  static Optional<Boolean> yesNo(String cell) {
    return Optional.ofNullable(YES_NO.get(folded(cell)));
  }

  static Optional<LocalDate> date(String cell) {
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(cell.strip(), format));
      } catch (DateTimeParseException next) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  static String spendLabel(RiskMessages m, SpendShare s) {
    return switch (s) {
      case UNDER_1 -> m.spend_UNDER_1();
      case FROM_1_TO_5 -> m.spend_FROM_1_TO_5();
      case FROM_5_TO_20 -> m.spend_FROM_5_TO_20();
      case OVER_20 -> m.spend_OVER_20();
    };
  }

  static String workforceLabel(RiskMessages m, Workforce w) {
    return switch (w) {
      case UNDER_50 -> m.workforce_UNDER_50();
      case FROM_50_TO_249 -> m.workforce_FROM_50_TO_249();
      case FROM_250_TO_999 -> m.workforce_FROM_250_TO_999();
      case OVER_1000 -> m.workforce_OVER_1000();
    };
  }

  /** The labels a choice column accepts, one per language, as a person would read them. */
  static List<String> spendLabels(RiskMessages m) {
    return List.of(SpendShare.values()).stream().map(s -> spendLabel(m, s)).toList();
  }

  static List<String> workforceLabels(RiskMessages m) {
    return List.of(Workforce.values()).stream().map(w -> workforceLabel(m, w)).toList();
  }

  private static String folded(String text) {
    return GoodKeys.fold(text.strip()).replaceAll("[^a-z0-9%]+", " ").strip();
  }

  private static Map<String, String> countries() {
    Map<String, String> names = new HashMap<>();
    for (String lang : Languages.CODES) {
      for (String code : Locale.getISOCountries()) {
        names.putIfAbsent(folded(RiskText.country(code, lang)), code);
      }
    }
    return Map.copyOf(names);
  }

  private static Map<String, String> goods() {
    Map<String, String> names = new HashMap<>();
    for (String lang : Languages.CODES) {
      for (String key : GoodNames.keys()) {
        names.putIfAbsent(folded(GoodNames.name(key, key, lang)), key);
      }
    }
    return Map.copyOf(names);
  }

  private static <E extends Enum<E>> Map<String, E> labels(
      E[] values, BiFunction<RiskMessages, E, String> label) {
    Map<String, E> byLabel = new HashMap<>();
    for (E value : values) {
      byLabel.put(folded(value.name()), value);
      for (String lang : Languages.CODES) {
        byLabel.putIfAbsent(folded(label.apply(RiskText.messages(lang), value)), value);
      }
    }
    return Map.copyOf(byLabel);
  }

  private static Map<String, Boolean> yesNo() {
    Map<String, Boolean> words = new HashMap<>();
    for (String word : List.of("yes", "y", "true", "1", "x")) {
      words.put(word, true);
    }
    for (String word : List.of("no", "n", "false", "0", "")) {
      words.put(word, false);
    }
    for (String lang : Languages.CODES) {
      RiskMessages m = RiskText.messages(lang);
      words.putIfAbsent(folded(m.csv_yes()), true);
      words.putIfAbsent(folded(m.csv_no()), false);
    }
    return Map.copyOf(words);
  }
}
