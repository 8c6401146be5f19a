package org.complychain.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every page carries besides its content: the running header (not on the cover), the footer
 * with "page X of Y", the diagonal draft watermark, and the outline entries of the headings.
 *
 * <p>The total page count is known only when the document closes, so each footer is a small
 * template placed when its page ends and written in {@link #onCloseDocument}. Filling the whole
 * sentence then, rather than only the number, lets each language put the words in its own order.
 */
final class PageDecorations extends PdfPageEventHelper {

  private static final float FOOTER_WIDTH = 180;
  private static final float FOOTER_HEIGHT = 12;

  private final Typography type;
  private final PdfMessages m;
  private final String header;
  private final String generated;
  private final boolean watermark;
  private final Map<String, String> bookmarks;
  private final Set<String> placed = new HashSet<>();
  private final List<PdfTemplate> footers = new ArrayList<>();
  private Phrase fittedHeader;

  /**
   * @param bookmarks outline titles by the generic tag of the heading that starts them
   */
  PageDecorations(
      Typography type,
      PdfMessages m,
      String header,
      String generated,
      boolean watermark,
      Map<String, String> bookmarks) {
    this.type = type;
    this.m = m;
    this.header = header;
    this.generated = generated;
    this.watermark = watermark;
    this.bookmarks = bookmarks;
  }

  private static final PdfName ARTIFACT = new PdfName("Artifact");

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    Rectangle page = document.getPageSize();
    int number = writer.getPageNumber();
    // Page furniture, not content: a screen reader skips it.
    cb.beginMarkedContentSequence(ARTIFACT);
    if (number > 1) {
      float y = page.getTop() - 40;
      if (fittedHeader == null) {
        // The header repeats the organisation's and plan's names, which may be in any script.
        Font font = new Font(type.fonts.regular(), 8, Font.NORMAL, Typography.MUTED);
        fittedHeader = new Phrase("", font);
        type.append(fittedHeader, type.fit(header, font, document.right() - document.left()), font);
      }
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, fittedHeader, document.left(), y, 0);
      rule(cb, document.left(), document.right(), y - 6);
    }
    float footerY = 34;
    rule(cb, document.left(), document.right(), footerY + 12);
    note(cb, generated, document.left(), footerY);
    PdfTemplate footer = cb.createTemplate(FOOTER_WIDTH, FOOTER_HEIGHT);
    cb.addTemplate(footer, document.right() - FOOTER_WIDTH, footerY - 2);
    footers.add(footer);
    cb.endMarkedContentSequence();
    if (watermark) {
      PdfContentByte under = writer.getDirectContentUnder();
      under.beginMarkedContentSequence(ARTIFACT);
      watermark(under, page);
      under.endMarkedContentSequence();
    }
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    int total = writer.getPageNumber() - 1;
    for (int i = 0; i < footers.size(); i++) {
      PdfTemplate footer = footers.get(i);
      footer.beginText();
      footer.setFontAndSize(type.fonts.regular(), 8);
      footer.setColorFill(Typography.MUTED);
      footer.showTextAligned(Element.ALIGN_RIGHT, m.footer_page(i + 1, total), FOOTER_WIDTH, 2, 0);
      footer.endText();
    }
  }

  /** A tagged heading was placed: its first line becomes the outline entry's destination. */
  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
    String title = bookmarks.get(tag);
    if (title != null && placed.add(tag)) {
      new PdfOutline(
          writer.getRootOutline(),
          new PdfDestination(PdfDestination.XYZ, 0, rect.getTop() + 16, 0),
          title,
          false);
    }
  }

  private void watermark(PdfContentByte under, Rectangle page) {
    under.saveState();
    PdfGState faint = new PdfGState();
    faint.setFillOpacity(0.5f);
    under.setGState(faint);
    under.beginText();
    under.setFontAndSize(type.fonts.bold(), 96);
    under.setColorFill(new Color(0xc3, 0xcc, 0xd5));
    under.showTextAligned(
        Element.ALIGN_CENTER, m.watermark(), page.getWidth() / 2, page.getHeight() / 2, 45);
    under.endText();
    under.restoreState();
  }

  /** A line of small grey text, left-aligned at x. */
  private void note(PdfContentByte cb, String text, float x, float y) {
    cb.beginText();
    cb.setFontAndSize(type.fonts.regular(), 8);
    cb.setColorFill(Typography.MUTED);
    cb.showTextAligned(Element.ALIGN_LEFT, text, x, y, 0);
    cb.endText();
  }

  private static void rule(PdfContentByte cb, float from, float to, float y) {
    cb.saveState();
    cb.setColorStroke(Typography.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(from, y);
    cb.lineTo(to, y);
    cb.stroke();
    cb.restoreState();
  }
}
