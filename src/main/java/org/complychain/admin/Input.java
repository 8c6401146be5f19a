package org.complychain.admin;

import java.util.regex.Pattern;

/**
 * How a typed line is tidied before it is checked, stored and logged: the same rules as the
 * organisation pages' forms, so that an identity typed here matches one typed there.
 */
final class Input {

  /** Control characters and line breaks; PostgreSQL refuses some (NUL) outright. */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

  private Input() {}

  /** Trimmed, control characters turned into spaces; never null. */
  static String line(String text) {
    return text == null ? "" : CONTROL.matcher(text).replaceAll(" ").strip();
  }

  /** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
