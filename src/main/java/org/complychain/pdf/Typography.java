package org.complychain.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/** Type sizes, colours and the few building blocks every section is made of. */
final class Typography {

  static final Color INK = new Color(0x1f, 0x29, 0x33);
  static final Color MUTED = new Color(0x5f, 0x6b, 0x76);
  static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
  static final Color RULE = new Color(0xc8, 0xcf, 0xd6);
  static final Color SHADE = new Color(0xee, 0xf2, 0xf6);
  static final Color WARNING = new Color(0xb4, 0x23, 0x18);

  final PdfFonts fonts;

  /** Splits text over the faces that can draw it; one per document, it lists what none could. */
  final TextRuns runs;

  final Font title;
  final Font h1;
  final Font h2;
  final Font h3;
  final Font body;
  final Font bold;
  final Font italic;
  final Font small;
  final Font smallBold;
  final Font smallMuted;
  final Font tiny;
  final Font tinyMuted;
  final Font warning;

  Typography(PdfFonts fonts) {
    this.fonts = fonts;
    this.runs = new TextRuns(fonts);
    title = new Font(fonts.bold(), 26, Font.NORMAL, ACCENT);
    h1 = new Font(fonts.bold(), 17, Font.NORMAL, ACCENT);
    h2 = new Font(fonts.bold(), 12.5f, Font.NORMAL, INK);
    h3 = new Font(fonts.bold(), 10.5f, Font.NORMAL, INK);
    body = new Font(fonts.regular(), 10, Font.NORMAL, INK);
    bold = new Font(fonts.bold(), 10, Font.NORMAL, INK);
    italic = new Font(fonts.italic(), 10, Font.NORMAL, MUTED);
    small = new Font(fonts.regular(), 8.5f, Font.NORMAL, INK);
    smallBold = new Font(fonts.bold(), 8.5f, Font.NORMAL, INK);
    smallMuted = new Font(fonts.regular(), 8.5f, Font.NORMAL, MUTED);
    tiny = new Font(fonts.regular(), 7.5f, Font.NORMAL, INK);
    tinyMuted = new Font(fonts.regular(), 7.5f, Font.NORMAL, MUTED);
    warning = new Font(fonts.bold(), 8.5f, Font.NORMAL, WARNING);
  }

  Paragraph paragraph(String text, Font font) {
    Paragraph p = new Paragraph(font.getSize() * 1.4f, "", font);
    append(p, text, font);
    p.setSpacingAfter(font.getSize() * 0.6f);
    return p;
  }

  /** A heading that starts a bookmark; the page event turns the tag into an outline entry. */
  Paragraph heading(String text, Font font, String bookmark) {
    Paragraph p = new Paragraph(font.getSize() * 1.25f, "", font);
    List<Chunk> chunks = runs.chunks(clean(text), font);
    if (bookmark != null && !chunks.isEmpty()) {
      chunks.get(0).setGenericTag(bookmark);
    }
    p.addAll(chunks);
    p.setSpacingBefore(font.getSize() * 0.6f);
    p.setSpacingAfter(font.getSize() * 0.5f);
    return p;
  }

  /**
   * A full-width table. A row that does not fit moves to the next page whole; only a row taller
   * than a page (an action of 10,000 characters) is split.
   */
  PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    return table;
  }

  PdfPCell headerCell(String text) {
    PdfPCell cell = cell(text, smallBold);
    cell.setBackgroundColor(SHADE);
    return cell;
  }

  PdfPCell cell(String text, Font font) {
    Phrase phrase = new Phrase(font.getSize() * 1.3f, "", font);
    append(phrase, text, font);
    return cell(phrase);
  }

  /** Adds text to a phrase, each character in a face that can draw it. */
  void append(Phrase phrase, String text, Font font) {
    phrase.addAll(runs.chunks(clean(text), font));
  }

  PdfPCell cell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(4);
    cell.setPaddingBottom(5);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  /** A label and its value, without borders: the cover and the profile are made of these. */
  void row(PdfPTable table, String label, String value) {
    PdfPCell name = cell(label, smallMuted);
    PdfPCell text = cell(value, body);
    for (PdfPCell c : new PdfPCell[] {name, text}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setPaddingTop(5);
      c.setPaddingBottom(6);
    }
    table.addCell(name);
    table.addCell(text);
  }

  /** Shortens a line with an ellipsis until it fits the width, measuring each run in its face. */
  String fit(String text, Font font, float width) {
    if (runs.width(text, font) <= width) {
      return text;
    }
    String shorter = text;
    while (!shorter.isEmpty() && runs.width(shorter + "…", font) > width) {
      shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
    }
    return shorter.strip() + "…";
  }

  /** Shortens a line in one face with an ellipsis until it fits the width. */
  static String fit(BaseFont font, String text, float size, float width) {
    if (font.getWidthPoint(text, size) <= width) {
      return text;
    }
    String shorter = text;
    while (!shorter.isEmpty() && font.getWidthPoint(shorter + "…", size) > width) {
      shorter = shorter.substring(0, shorter.length() - 1);
    }
    return shorter.strip() + "…";
  }

  /**
   * Text as the fonts can show it: line breaks unified, tabs as spaces, other control characters
   * dropped (they have no glyph and some would end a line early).
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < unified.length(); i++) {
      char c = unified.charAt(i);
      if (c == '\t') {
        out.append(' ');
      } else if (c == '\n' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
