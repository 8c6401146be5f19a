package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.complychain.web.Languages;

/**
 * The names of ILAB's goods in our four languages ({@code risk/goods_<lang>.properties}, translated
 * by us). A good that a newer edition adds, before we translate it, keeps ILAB's English name.
 */
public final class GoodNames {

  private static final Map<String, Properties> NAMES = load();

  private GoodNames() {}

  public static boolean known(String key) {
    return NAMES.get("en").containsKey(key);
  }

  public static String name(Listing listing, String lang) {
    return name(listing.goodKey(), listing.goodName(), lang);
  }

  public static String name(String key, String englishName, String lang) {
    Properties names = NAMES.getOrDefault(lang, NAMES.get("en"));
    return names.getProperty(key, englishName);
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
