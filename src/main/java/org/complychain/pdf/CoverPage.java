package org.complychain.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/** The first page: whose plan, for which period, which version, in which language, made when. */
final class CoverPage {

  private CoverPage() {}

  static void add(Composer c, PlanDocument d) {
    PdfMessages m = c.m;
    Typography type = c.type;
    Paragraph spacer = new Paragraph(" ", type.body);
    spacer.setSpacingBefore(90);
    c.add(spacer);
    c.add(type.heading(m.doc_kind(), type.title, c.bookmark("cover", m.doc_kind())));
    c.add(type.paragraph(m.doc_subtitle(), type.italic));

    Paragraph organisation = type.paragraph(d.organisation().name(), type.h1);
    organisation.setSpacingBefore(36);
    c.add(organisation);
    c.add(type.paragraph(d.plan().title(), type.h2));

    PdfPTable facts = type.table(30, 70);
    facts.setSpacingBefore(24);
    type.row(facts, m.cover_organisation(), d.organisation().name());
    type.row(facts, m.cover_plan(), d.plan().title());
    type.row(facts, m.cover_period(), c.period(d));
    type.row(facts, m.cover_version(), m.version_number(d.review().version()));
    type.row(facts, m.cover_status(), c.text.status(d.review().status()));
    type.row(facts, m.cover_language(), m.language_name());
    type.row(facts, m.cover_generated(), c.dateTime(d.generatedAt()));
    type.row(facts, m.cover_guidance(), d.plan().contentVersion());
    c.add(facts);

    Paragraph note = type.paragraph(m.cover_note(), type.smallMuted);
    note.setSpacingBefore(40);
    c.add(note);
  }
}
