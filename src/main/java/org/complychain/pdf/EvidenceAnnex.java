package org.complychain.pdf;

import com.lowagie.text.Paragraph;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import org.complychain.evidence.EvidenceKind;
import org.complychain.evidence.EvidenceMessages;
import org.complychain.evidence.EvidenceViews;

/**
 * The evidence annex: per element, each file's title, kind, dates and SHA-256 in the document's
 * language, so that a reader can check a downloaded file against the plan with {@code sha256sum}.
 */
final class EvidenceAnnex {

  private EvidenceAnnex() {}

  /** Plans without evidence get no annex, and their documents stay as they were. */
  static void add(Composer c, PlanDocument d) {
    if (d.evidence().isEmpty()) {
      return;
    }
    EvidenceMessages m = MessageBundles.get(EvidenceMessages.class, Localized.Literal.of(d.lang()));
    Typography type = c.type;
    c.section("evidence", m.annex_title());
    c.add(type.paragraph(m.annex_intro(), type.body));
    for (PlanDocument.Element e : d.elements()) {
      items(c, m, e.number() + ". " + e.title(), filter(d, e.id()));
    }
    items(c, m, m.annex_organisation(), filter(d, ""));
  }

  private static List<PlanDocument.EvidenceItem> filter(PlanDocument d, String elementId) {
    return d.evidence().stream().filter(i -> i.elementId().equals(elementId)).toList();
  }

  private static void items(
      Composer c, EvidenceMessages m, String heading, List<PlanDocument.EvidenceItem> items) {
    if (items.isEmpty()) {
      return;
    }
    Typography type = c.type;
    c.subheading(heading);
    for (PlanDocument.EvidenceItem i : items) {
      Paragraph title =
          type.paragraph(
              i.title() + " · " + EvidenceViews.kind(m, EvidenceKind.valueOf(i.kind())), type.bold);
      title.setSpacingAfter(1);
      c.keepSpace(60);
      c.add(title);
      c.add(
          type.paragraph(
              m.annex_dates(date(c, m, i.issuedOn()), date(c, m, i.expiresOn())), type.body));
      c.add(type.paragraph(m.col_sha() + ": " + i.sha256(), type.body));
    }
  }

  private static String date(Composer c, EvidenceMessages m, java.time.LocalDate date) {
    return date == null ? m.annex_no_date() : c.date(date);
  }
}
