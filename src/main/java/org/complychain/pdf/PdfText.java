package org.complychain.pdf;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import org.complychain.organisation.OrgMessages;
import org.complychain.organisation.ProfileLabels;
import org.complychain.organisation.Sector;
import org.complychain.organisation.SizeBand;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.Labels;
import org.complychain.plan.PlanMessages;

/**
 * The words of a PDF in its language: its own bundle, and the plan and profile pages' labels so
 * that a status, a sector or a field name reads the same on screen and on paper.
 */
public record PdfText(String lang, PdfMessages m, PlanMessages plan, OrgMessages org) {

  /** The bundles of a supported language, independent of the request's language. */
  public static PdfText of(String lang) {
    Localized language = Localized.Literal.of(lang);
    return new PdfText(
        lang,
        MessageBundles.get(PdfMessages.class, language),
        MessageBundles.get(PlanMessages.class, language),
        MessageBundles.get(OrgMessages.class, language));
  }

  public Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  public String status(AnswerStatus status) {
    return Labels.status(plan, status);
  }

  public String status(ActionStatus status) {
    return Labels.actionStatus(plan, status);
  }

  public String sector(Sector sector) {
    return ProfileLabels.sector(org, sector);
  }

  public String size(SizeBand band) {
    return ProfileLabels.size(org, band);
  }

  public String status(PlanDocument.Status status) {
    return switch (status) {
      case DRAFT -> m.doc_status_DRAFT();
      case SUBMITTED -> m.doc_status_SUBMITTED();
      case CHANGES_REQUESTED -> m.doc_status_CHANGES_REQUESTED();
      case APPROVED -> m.doc_status_APPROVED();
    };
  }
}
