package org.complychain.organisation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How typed text is tidied before it is checked and stored. */
public final class Text {

  /** Control characters other than line breaks and tabs; PostgreSQL refuses some (NUL) outright. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cntrl}+");

  /**
   * Invisible format characters (zero-width spaces and joiners, bidi overrides, soft hyphens): they
   * make {@code company\u200b} look like {@code company}. None of our four languages needs them in
   * typed text.
   */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

  private Text() {}

  /**
   * One line: trimmed, control characters and line breaks turned into spaces, format characters
   * dropped; never null.
   */
  public static String line(String text) {
    return text == null
        ? ""
        : ANY_CONTROL.matcher(FORMAT.matcher(text).replaceAll("")).replaceAll(" ").strip();
  }

  /**
   * Several lines: trimmed, Windows line breaks unified, other control and format characters
   * dropped.
   */
  public static String lines(String text) {
    return text == null
        ? ""
        : CONTROL
            .matcher(FORMAT.matcher(text.replace("\r\n", "\n")).replaceAll(""))
            .replaceAll("")
            .strip();
  }

  /**
   * A sign-in identity: one line in NFKC form (so that full-width or composed look-alikes become
   * the plain letters they look like). Format characters are kept, for {@link #hasFormat} to
   * refuse: an identity is never silently changed into another one.
   */
  public static String identity(String text) {
    return text == null
        ? ""
        : ANY_CONTROL
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
            .replaceAll(" ")
            .strip();
  }

  /** Whether the text holds an invisible format character (Unicode category Cf). */
  public static boolean hasFormat(String text) {
    return FORMAT.matcher(text).find();
  }

  /** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
