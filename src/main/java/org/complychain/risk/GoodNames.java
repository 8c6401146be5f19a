package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.complychain.web.Languages;

/**
 * The names of ILAB's goods in our four languages ({@code risk/goods_<lang>.properties}, translated
 * by us). A good that a newer edition adds, before we translate it, keeps ILAB's English name.
 */
public final class GoodNames {

  private static final Map<String, Properties> NAMES = load();
  private static final Map<String, String> BY_FOLDED_NAME = foldedNames();

  private GoodNames() {}

  public static boolean known(String key) {
    return NAMES.get("en").containsKey(key);
  }

  /** Every good we have names for. */
  public static Set<String> keys() {
    return NAMES.get("en").stringPropertyNames();
  }

  public static String name(Listing listing, String lang) {
    return name(listing.goodKey(), listing.goodName(), lang);
  }

  public static String name(String key, String englishName, String lang) {
    Properties names = NAMES.getOrDefault(lang, NAMES.get("en"));
    return names.getProperty(key, englishName);
  }

  /** The good whose name, in any of our languages, is the text (accents and case ignored). */
  public static Optional<String> exact(String text) {
    return Optional.ofNullable(BY_FOLDED_NAME.get(GoodKeys.fold(text.strip())));
  }

  /**
   * Goods whose name in any of our languages contains the query, accents and case ignored (a Malay
   * "getah" finds rubber, a French "cafe" finds café, whatever the page's language); sorted by the
   * name in the page's language.
   */
  public static List<String> search(String query, String lang) {
    String q = GoodKeys.fold(query == null ? "" : query.strip());
    Properties names = NAMES.getOrDefault(lang, NAMES.get("en"));
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    return names.stringPropertyNames().stream()
        .filter(
            key ->
                NAMES.values().stream()
                    .anyMatch(all -> GoodKeys.fold(all.getProperty(key, "")).contains(q)))
        .sorted(Comparator.comparing(names::getProperty, collator))
        .toList();
  }

  private static Map<String, String> foldedNames() {
    Map<String, String> byName = new HashMap<>();
    for (Properties names : NAMES.values()) {
      names.forEach((key, name) -> byName.putIfAbsent(GoodKeys.fold((String) name), (String) key));
    }
    return Map.copyOf(byName);
  }

  private static Map<String, Properties> load() {
    Map<String, Properties> all = new HashMap<>();
    for (String lang : Languages.CODES) {
      Properties names = new Properties();
      String resource = "risk/goods_" + lang + ".properties";
      try (InputStream in = GoodNames.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing " + resource);
        }
        names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      all.put(lang, names);
    }
    return Map.copyOf(all);
  }
}
