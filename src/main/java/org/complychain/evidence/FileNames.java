package org.complychain.evidence;

/**
 * Makes the name a browser sent safe to keep and to offer back: no folders ({@code ../}), no
 * control or direction-changing characters, no leading dots, and at most {@value #MAX} characters,
 * cutting the name before its extension so the extension survives.
 */
public final class FileNames {

  public static final int MAX = 200;

  private FileNames() {}

  public static String sanitise(String raw) {
    String name = raw == null ? "" : raw;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && !invisible(c))
        .forEach(clean::appendCodePoint);
    name = clean.toString().replaceAll("\\s+", " ").strip().replaceFirst("^[.\\s]+", "");
    if (name.codePointCount(0, name.length()) <= MAX) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX - extension.length();
    return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
  }

  /** Format characters that reorder or hide text, e.g. right-to-left overrides (U+202E). */
  private static boolean invisible(int c) {
    return Character.getType(c) == Character.FORMAT;
  }
}
