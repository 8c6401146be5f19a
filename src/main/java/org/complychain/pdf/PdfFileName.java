package org.complychain.pdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a downloaded plan is saved under, e.g. {@code
 * pelan-pematuhan-northwind-apparel-ltd-2027-plan-ms.pdf}. Organisation and plan names are typed by
 * people and may hold anything, so the plain {@code filename} keeps only ASCII letters, digits and
 * hyphens: no path separators, quotes or reserved characters can reach a browser or a disk.
 * Browsers that read RFC 6266 get the same name with its accents in {@code filename*}.
 */
public final class PdfFileName {

  private static final int MAX = 120;

  private PdfFileName() {}

  /** The value of the Content-Disposition header. */
  public static String contentDisposition(
      String prefix, String organisation, String plan, String lang) {
    String words = prefix + " " + organisation + " " + plan;
    return "attachment; filename=\""
        + ascii(words)
        + "-"
        + lang
        + ".pdf\"; filename*=UTF-8''"
        + encode(unicode(words) + "-" + lang + ".pdf");
  }

  /** Letters folded to ASCII (é → e, ß → ss), everything else a single hyphen. */
  static String ascii(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "ae")
            .replace("œ", "oe")
            .replace("Œ", "oe")
            .replace("ø", "o")
            .replace("Ø", "o")
            .replace("ł", "l")
            .replace("Ł", "l")
            .replace("đ", "d")
            .replace("Đ", "d")
            .toLowerCase(Locale.ROOT);
    return trim(folded.replaceAll("[^a-z0-9]+", "-"));
  }

  /** Letters and digits of any script kept, everything else a single hyphen. */
  static String unicode(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return trim(lower.replaceAll("[^\\p{L}\\p{N}]+", "-"));
  }

  private static String trim(String slug) {
    String s = slug.replaceAll("^-+|-+$", "");
    if (s.codePointCount(0, s.length()) > MAX) {
      s = s.substring(0, s.offsetByCodePoints(0, MAX)).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "plan" : s;
  }

  /** RFC 5987 encoding: unreserved ASCII as is, every other byte of the UTF-8 as %XX. */
  static String encode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
