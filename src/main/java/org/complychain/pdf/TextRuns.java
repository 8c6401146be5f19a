package org.complychain.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cuts a text into runs that one font can draw, so that no character silently disappears: OpenPDF
 * leaves out every character its font has no glyph for.
 *
 * <p>Each character goes to the requested face if it has the glyph, otherwise to the first fallback
 * face that has it. Spaces, digits, punctuation and combining marks stay in the run they follow
 * when its face has them, which keeps an Arabic or Bengali phrase in one run for shaping. A
 * character no face has is drawn as U+FFFD and counted, so the document can list it; invisible
 * format characters (joiners, variation selectors) that no face has are left out, as they draw
 * nothing anyway.
 */
final class TextRuns {

  private static final int REPLACEMENT = 0xFFFD;

  private final PdfFonts fonts;

  /** How far around an undrawable character its context reaches, in characters. */
  private static final int CONTEXT = 30;

  private final SortedMap<Integer, String> missing = new TreeMap<>();

  TextRuns(PdfFonts fonts) {
    this.fonts = fonts;
  }

  /**
   * The text as chunks in {@code font}'s size, colour and weight, each in a face that draws it.
   * Characters no face has are remembered for the document's list.
   */
  List<Chunk> chunks(String text, Font font) {
    return split(text, font, true);
  }

  /** The width of the text as {@link #chunks} would draw it. */
  float width(String text, Font font) {
    float width = 0;
    for (Chunk chunk : split(text, font, false)) {
      width += chunk.getFont().getBaseFont().getWidthPoint(chunk.getContent(), font.getSize());
    }
    return width;
  }

  private List<Chunk> split(String text, Font font, boolean remember) {
    BaseFont primary = font.getBaseFont();
    if (primary == null || drawsAll(primary, text)) {
      return List.of(new Chunk(text, font));
    }
    List<Chunk> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    StringBuilder drawn = new StringBuilder(text.length());
    List<Integer> undrawable = new ArrayList<>();
    BaseFont current = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      BaseFont face = face(c, primary, current);
      if (face == null) {
        if (Character.getType(c) == Character.FORMAT || isVariationSelector(c)) {
          continue;
        }
        undrawable.add(c);
        undrawable.add(drawn.length());
        face = fonts.replacement();
        c = REPLACEMENT;
      }
      if (face != current && run.length() > 0) {
        out.add(new Chunk(run.toString(), styled(current, font)));
        run.setLength(0);
      }
      current = face;
      run.appendCodePoint(c);
      drawn.appendCodePoint(c);
    }
    if (run.length() > 0) {
      out.add(new Chunk(run.toString(), styled(current, font)));
    }
    if (remember) {
      for (int k = 0; k < undrawable.size(); k += 2) {
        missing.putIfAbsent(undrawable.get(k), context(drawn, undrawable.get(k + 1)));
      }
    }
    return out;
  }

  /** The words around position {@code at}, on one line, as the document shows them. */
  private static String context(CharSequence drawn, int at) {
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(drawn.length(), at + 1 + CONTEXT);
    if (from > 0 && Character.isLowSurrogate(drawn.charAt(from))) {
      from++;
    }
    if (to < drawn.length() && Character.isLowSurrogate(drawn.charAt(to))) {
      to++;
    }
    String around = drawn.subSequence(from, to).toString().replace('\n', ' ').strip();
    return (from > 0 ? "…" : "") + around + (to < drawn.length() ? "…" : "");
  }

  /** Characters no face could draw, by code point, with the first place each occurred. */
  SortedMap<Integer, String> missing() {
    return Collections.unmodifiableSortedMap(missing);
  }

  private BaseFont face(int c, BaseFont primary, BaseFont current) {
    if (c == '\n') {
      return current == null ? primary : current;
    }
    if (current != null && neutral(c) && current.charExists(c)) {
      return current;
    }
    if (primary.charExists(c)) {
      return primary;
    }
    for (BaseFont fallback : fonts.fallbacks()) {
      if (fallback.charExists(c)) {
        return fallback;
      }
    }
    return null;
  }

  /** The fallback faces have one weight; OpenPDF thickens or slants them to match the text. */
  private Font styled(BaseFont face, Font font) {
    if (face == font.getBaseFont()) {
      return font;
    }
    int style =
        font.getBaseFont() == fonts.bold()
            ? Font.BOLD
            : font.getBaseFont() == fonts.italic() ? Font.ITALIC : Font.NORMAL;
    return new Font(face, font.getSize(), style, font.getColor());
  }

  private static boolean drawsAll(BaseFont font, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && (Character.isSurrogate(c) || !font.charExists(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean neutral(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
  }

  private static boolean isVariationSelector(int c) {
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
