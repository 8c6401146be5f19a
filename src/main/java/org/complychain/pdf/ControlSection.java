package org.complychain.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Document control and sign-off: the versions, the review decisions, the approver's signature. */
final class ControlSection {

  private ControlSection() {}

  static void add(Composer c, PlanDocument d) {
    PdfMessages m = c.m;
    Typography type = c.type;
    c.section("control", m.control_title());
    PlanDocument.CarriedFrom from = d.plan().carriedFrom();
    if (from != null) {
      c.add(
          type.paragraph(
              m.control_carried_from(from.title(), from.version(), c.dateTime(from.approvedAt())),
              type.body));
    }

    c.subheading(m.control_versions());
    PdfPTable versions = type.table(12, 20, 22, 18, 28);
    versions.setHeaderRows(1);
    for (String h :
        new String[] {
          m.control_col_version(),
          m.control_col_status(),
          m.control_col_date(),
          m.control_col_by(),
          m.control_col_note()
        }) {
      versions.addCell(type.headerCell(h));
    }
    for (PlanDocument.VersionEntry v : d.review().versions()) {
      versions.addCell(type.cell(Integer.toString(v.number()), type.small));
      versions.addCell(type.cell(c.text.status(v.status()), type.small));
      versions.addCell(type.cell(c.dateTime(v.at()), type.small));
      versions.addCell(type.cell(v.by(), type.small));
      versions.addCell(
          type.cell(v.note() != null ? v.note() : standardNote(m, v.status()), type.small));
    }
    c.add(versions);

    c.subheading(m.control_reviews());
    if (d.review().decisions().isEmpty()) {
      c.add(type.paragraph(m.control_reviews_none(), type.italic));
    } else {
      PdfPTable decisions = type.table(12, 22, 20, 18, 28);
      decisions.setHeaderRows(1);
      for (String h :
          new String[] {
            m.control_col_version(),
            m.control_col_decided(),
            m.control_col_reviewer(),
            m.control_col_decision(),
            m.control_col_note()
          }) {
        decisions.addCell(type.headerCell(h));
      }
      for (PlanDocument.Decision r : d.review().decisions()) {
        decisions.addCell(type.cell(Integer.toString(r.version()), type.small));
        decisions.addCell(type.cell(c.dateTime(r.at()), type.small));
        decisions.addCell(type.cell(r.reviewer(), type.small));
        decisions.addCell(type.cell(c.text.status(r.decision()), type.small));
        decisions.addCell(type.cell(r.note(), type.small));
      }
      c.add(decisions);
    }
    c.subheading(m.control_signoff());
    c.add(type.paragraph(m.control_signoff_intro(), type.body));
    PlanDocument.Approver approver = d.review().approver();
    PdfPTable signature = type.table(30, 70);
    signatureRow(type, signature, m.sign_name(), approver == null ? "" : approver.name());
    signatureRow(type, signature, m.sign_role(), approver == null ? "" : approver.position());
    signatureRow(type, signature, m.sign_date(), approver == null ? "" : c.dateTime(approver.at()));
    signatureRow(type, signature, m.sign_signature(), "");
    c.add(signature);
    reviewer(d)
        .ifPresent(
            r -> {
              PdfPTable reviewed = type.table(30, 70);
              signatureRow(
                  type, reviewed, m.sign_reviewer(), r.reviewer() + " · " + c.dateTime(r.at()));
              c.add(reviewed);
            });
  }

  /**
   * The auditor who approved this version. They review the plan; the organisation's own approver
   * signs it above, so the two are never printed as one person.
   */
  private static java.util.Optional<PlanDocument.Decision> reviewer(PlanDocument d) {
    return d.review().decisions().stream()
        .filter(r -> r.version() == d.review().version())
        .filter(r -> r.decision() == PlanDocument.Status.APPROVED)
        .findFirst();
  }

  private static String standardNote(PdfMessages m, PlanDocument.Status status) {
    return status == PlanDocument.Status.DRAFT ? m.control_draft_note() : "";
  }

  /** A label and a line to write on, high enough for a handwritten signature. */
  private static void signatureRow(Typography type, PdfPTable table, String label, String value) {
    PdfPCell name = type.cell(label, type.smallMuted);
    PdfPCell line = type.cell(value, type.body);
    name.setBorder(0);
    line.setBorder(com.lowagie.text.Rectangle.BOTTOM);
    name.setMinimumHeight(34);
    line.setMinimumHeight(34);
    name.setVerticalAlignment(com.lowagie.text.Element.ALIGN_BOTTOM);
    line.setVerticalAlignment(com.lowagie.text.Element.ALIGN_BOTTOM);
    table.addCell(name);
    table.addCell(line);
  }
}
