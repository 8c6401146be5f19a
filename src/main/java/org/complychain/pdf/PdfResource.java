package org.complychain.pdf;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.plan.PlanReviewState;
import org.complychain.plan.PlanReviewState.ApprovedPdf;
import org.complychain.security.Role;
import org.complychain.web.Dates;
import org.complychain.web.ErrorPages;
import org.complychain.web.Languages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The plan as a PDF in the language chosen at download, and the page where it is chosen. */
@Path("/plans/{plan}")
@RolesAllowed(Role.COMPANY_NAME)
public class PdfResource {

  @Inject PlanAccess access;
  @Inject PlanDocuments documents;
  @Inject DocumentReview review;
  @Inject PlanReviewState reviewState;
  @Inject PdfRenderSlots slots;

  /** A language in the chooser; its name comes from the message key {@code lang_<code>}. */
  public record LanguageOption(String code, boolean selected) {
    public String nameKey() {
      return "lang_" + code;
    }
  }

  /**
   * The page offers the approved document when there is one ({@code approved} not null), otherwise
   * the live plan in a chosen language.
   */
  public record DownloadPage(
      String planId,
      String title,
      String period,
      boolean draft,
      List<LanguageOption> languages,
      ApprovedPdf approved) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance download(DownloadPage page);
  }

  @GET
  @Path("download")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance download(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    Locale locale = Locale.forLanguageTag(access.lang());
    String period =
        access
            .messages()
            .plans_period(Dates.date(plan.periodStart, locale), Dates.date(plan.periodEnd, locale));
    List<LanguageOption> languages =
        Languages.CODES.stream().map(c -> new LanguageOption(c, c.equals(access.lang()))).toList();
    return Templates.download(
        new DownloadPage(
            plan.id.toString(),
            plan.title,
            period,
            review.of(plan, OffsetDateTime.now(ZoneOffset.UTC)).status().watermarked(),
            languages,
            reviewState.approvedPdf(plan).orElse(null)));
  }

  /** Too many PDFs are being laid out: the localised "busy" page, and when to try again. */
  @ServerExceptionMapper
  public Response busy(PdfRenderSlots.Busy e) {
    return Response.fromResponse(
            ErrorPages.page(Response.Status.SERVICE_UNAVAILABLE.getStatusCode()))
        .header(HttpHeaders.RETRY_AFTER, PdfRenderSlots.Busy.RETRY_AFTER)
        .build();
  }

  /**
   * The PDF. Without {@code lang} it is in the page's language; a language the product does not
   * have is a bad request. Another organisation's plan is not found, whatever the language. Once
   * approved, the plan's document is the one stored at approval: laying out the live plan again
   * would make a second "approved" file with another hash, so the download goes to the stored one.
   */
  @GET
  @Path("pdf")
  public Response pdf(@PathParam("plan") String id, @QueryParam("lang") String lang) {
    Plan plan = access.plan(id);
    String language =
        lang == null
            ? access.lang()
            : Languages.supported(lang).orElseThrow(BadRequestException::new);
    var approved = reviewState.approvedPdf(plan);
    if (approved.isPresent()) {
      return Response.seeOther(URI.create(approved.get().href())).build();
    }
    PlanDocument document = documents.build(plan, language, OffsetDateTime.now(ZoneOffset.UTC));
    PdfText text = PdfText.of(language);
    byte[] pdf = slots.render(() -> PlanPdf.render(document, text));
    return Response.ok(pdf, "application/pdf")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            PdfFileName.contentDisposition(
                text.m().file_name_prefix(), plan.organisation.name, plan.title, language))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .build();
  }
}
