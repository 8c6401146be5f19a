package org.complychain.review;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.complychain.organisation.Countries;
import org.complychain.organisation.OrgMessages;
import org.complychain.organisation.ProfileLabels;
import org.complychain.pdf.PdfFileName;
import org.complychain.pdf.PdfText;
import org.complychain.pdf.PlanDocument;
import org.complychain.pdf.PlanDocuments;
import org.complychain.pdf.PlanPdf;
import org.complychain.web.RequestLocale;

/**
 * What the auditor reads besides the answers: the organisation's profile as frozen with the
 * version, and the submitted version as a watermarked document.
 */
@RequestScoped
public class ReviewPdfs {

  @Inject RequestLocale locale;
  @Inject PlanDocuments documents;

  /** The organisation as it stood when the version was submitted, in the page's language. */
  public record Profile(
      String name,
      String country,
      String sector,
      String size,
      String products,
      List<String> sourcing) {}

  Profile profile(PlanVersion version) {
    Locale loc = Locale.forLanguageTag(locale.tag());
    OrgMessages m = MessageBundles.get(OrgMessages.class, Localized.Literal.of(locale.tag()));
    PlanDocument.Organisation o =
        Snapshot.parse(version.snapshot).content(version.plan).organisation();
    return new Profile(
        o.name(),
        o.country() == null ? "" : Countries.name(o.country(), loc),
        o.sector() == null ? "" : ProfileLabels.sector(m, o.sector()),
        o.sizeBand() == null ? "" : ProfileLabels.size(m, o.sizeBand()),
        o.products() == null ? "" : o.products(),
        o.sourcing().stream()
            .map(s -> s.good() + " · " + Countries.name(s.country(), loc))
            .toList());
  }

  /** The submitted snapshot as a document in the page's language, marked as not approved. */
  Response submitted(PlanVersion version) {
    String lang = locale.tag();
    TamperedVersion.checkSnapshot(version);
    var content = Snapshot.parse(version.snapshot).content(version.plan);
    PlanDocument document = documents.build(version.plan, content, lang, version.submittedAt);
    PdfText text = PdfText.of(lang);
    return Response.ok(PlanPdf.render(document, text), "application/pdf")
        .header(
            "Content-Disposition",
            PdfFileName.contentDisposition(
                text.m().file_name_prefix(),
                version.plan.organisation.name,
                version.plan.title + " v" + version.number,
                lang))
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
