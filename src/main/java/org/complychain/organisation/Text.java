package org.complychain.organisation;

import java.util.regex.Pattern;

/** How typed text is tidied before it is checked and stored. */
public final class Text {

  /** Control characters other than line breaks and tabs; PostgreSQL refuses some (NUL) outright. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cntrl}+");

  private Text() {}

  /** One line: trimmed, control characters and line breaks turned into spaces; never null. */
  public static String line(String text) {
    return text == null ? "" : ANY_CONTROL.matcher(text).replaceAll(" ").strip();
  }

  /** Several lines: trimmed, Windows line breaks unified, other control characters dropped. */
  public static String lines(String text) {
    return text == null ? "" : CONTROL.matcher(text.replace("\r\n", "\n")).replaceAll("").strip();
  }

  /** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
