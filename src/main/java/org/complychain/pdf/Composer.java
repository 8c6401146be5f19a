package org.complychain.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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
