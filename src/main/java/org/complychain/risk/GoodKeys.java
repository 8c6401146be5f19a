package org.complychain.risk;

import java.text.Normalizer;
import java.util.Locale;

/** The stable key of a good: its English name folded to lower-case ASCII words. */
public final class GoodKeys {

  private GoodKeys() {}

  public static String of(String englishName) {
    return fold(englishName).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  /** Lower case without accents, for matching what people type against names. */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace("œ", "oe")
        .toLowerCase(Locale.ROOT);
  }
}
