package org.complychain.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.complychain.web.Dates;

/** One document being written: where sections add their blocks, and the shared helpers they use. */
final class Composer {

  final Document document;
  final PdfWriter writer;
  final Typography type;
  final PdfText text;
  final PdfMessages m;
  private final Map<String, String> bookmarks;

  /**
   * The root of the document's structure tree ({@code Document}); what is tagged hangs under it.
   */
  private PdfStructureElement structure;

  Composer(
      Document document,
      PdfWriter writer,
      Typography type,
      PdfText text,
      Map<String, String> bookmarks) {
    this.document = document;
    this.writer = writer;
    this.type = type;
    this.text = text;
    this.m = text.m();
    this.bookmarks = bookmarks;
  }

  /** Opens the document and starts its structure tree, which needs the open file's body. */
  void open() {
    document.open();
    structure = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
  }

  void add(Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not lay out the plan PDF", e);
    }
  }

  /** Starts a section on a new page, under a heading that is also an outline entry. */
  void section(String key, String title) {
    document.newPage();
    add(type.heading(title, type.h1, bookmark(key, title)));
  }

  /** Names an outline entry; the heading tagged with the returned key places it. */
  String bookmark(String key, String title) {
    bookmarks.put(key, Typography.clean(title));
    return key;
  }

  /** A heading inside a section, moved to the next page rather than left alone at the bottom. */
  void subheading(String title) {
    keepSpace(72);
    add(type.heading(title, type.h2, null));
  }

  /**
   * Moves to a new page when less than {@code height} points are left, so a heading is never
   * orphaned.
   */
  void keepSpace(float height) {
    if (writer.getVerticalPosition(false) - document.bottom() < height) {
      document.newPage();
    }
  }

  /**
   * Places a drawing as a {@code Figure} of the structure tree with {@code alt} as its alternative
   * text. OpenPDF tags nothing it lays out itself, so the drawing goes on the page's direct content
   * inside its marked-content sequence, and an empty block of its height keeps its place in the
   * flow.
   */
  void figure(PdfTemplate drawing, String alt) {
    float before = 4;
    float after = 8;
    float height = drawing.getHeight();
    keepSpace(before + height + after);
    float y = writer.getVerticalPosition(true) - before - height;
    PdfStructureElement figure = new PdfStructureElement(structure, PdfName.FIGURE);
    figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
    PdfContentByte cb = writer.getDirectContent();
    cb.beginMarkedContentSequence(figure);
    cb.addTemplate(drawing, document.left() + (width() - drawing.getWidth()) / 2, y);
    cb.endMarkedContentSequence();
    PdfPTable space = new PdfPTable(1);
    space.setWidthPercentage(100);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.setFixedHeight(before + height + after);
    space.addCell(cell);
    add(space);
  }

  float width() {
    return document.right() - document.left();
  }

  Locale locale() {
    return text.locale();
  }

  String date(LocalDate date) {
    return Dates.date(date, locale());
  }

  String period(PlanDocument d) {
    return m.period(date(d.plan().start()), date(d.plan().end()));
  }

  String dateTime(OffsetDateTime time) {
    return Dates.dateTime(time, locale());
  }

  String country(String code) {
    if (code == null || code.isBlank()) {
      return text.org().not_given();
    }
    String name = new Locale("", code).getDisplayCountry(locale());
    return name.isBlank() ? code : name;
  }

  String orNotGiven(String value) {
    return value == null || value.isBlank() ? text.org().not_given() : value;
  }
}
