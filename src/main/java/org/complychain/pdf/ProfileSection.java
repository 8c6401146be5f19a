package org.complychain.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.complychain.organisation.OrgMessages;

/** Who the plan is for and what it covers: the organisation, its products, where it sources. */
final class ProfileSection {

  private ProfileSection() {}

  static void add(Composer c, PlanDocument d) {
    PdfMessages m = c.m;
    Typography type = c.type;
    PlanDocument.Organisation o = d.organisation();
    c.section("profile", m.profile_title());

    OrgMessages labels = c.text.org();
    PdfPTable facts = type.table(30, 70);
    type.row(facts, labels.field_name(), o.name());
    type.row(facts, labels.field_country(), c.country(o.country()));
    type.row(
        facts,
        labels.field_sector(),
        o.sector() == null ? labels.not_given() : c.text.sector(o.sector()));
    type.row(
        facts,
        labels.field_size(),
        o.sizeBand() == null ? labels.not_given() : c.text.size(o.sizeBand()));
    type.row(facts, labels.field_products(), c.orNotGiven(o.products()));
    c.add(facts);
    c.subheading(m.profile_sourcing());
    if (o.sourcing().isEmpty()) {
      c.add(type.paragraph(m.profile_sourcing_none(), type.italic));
      return;
    }
    PdfPTable sourcing = type.table(35, 65);
    sourcing.setHeaderRows(1);
    sourcing.addCell(type.headerCell(labels.sourcing_country()));
    sourcing.addCell(type.headerCell(labels.sourcing_good()));
    for (PlanDocument.Sourcing s : o.sourcing()) {
      sourcing.addCell(type.cell(c.country(s.country()), type.small));
      sourcing.addCell(type.cell(s.good(), type.small));
    }
    c.add(sourcing);
  }
}
