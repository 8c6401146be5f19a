package org.complychain.laws;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.complychain.guidance.Catalogue;
import org.complychain.organisation.Organisation;
import org.complychain.pdf.StatementDocument;
import org.complychain.pdf.StatementPdf;
import org.complychain.plan.Plan;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;
import org.complychain.web.Languages;

/**
 * "Which laws apply to us", the coverage of each law by a plan, and the drafts. Only members of the
 * organisation; there is no organisation id in any URL, and another organisation's plan is not
 * found.
 */
@Path("/laws")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class LawsResource {

  @Inject CurrentUser user;
  @Inject LawsPages pages;
  @Inject LawProfileService service;
  @Inject LawCatalogue.Laws laws;
  @Inject Catalogue guidance;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance laws(LawsPages.Page page);

    static native TemplateInstance coverage(LawsPages.CoveragePage page);

    static native TemplateInstance noPlan(String lawName);
  }

  @GET
  public TemplateInstance page(@QueryParam("saved") String saved) {
    Organisation org = organisation();
    LawProfile profile = LawProfile.forOrganisation(org.id).orElse(null);
    LawForm form = profile == null ? LawForm.empty() : LawForm.of(profile);
    return Templates.laws(pages.page(form, new FormErrors(), profile, saved != null));
  }

  @POST
  public Response save(@BeanParam LawForm form) {
    Organisation org = organisation();
    FormErrors errors = form.validate(pages.messages());
    if (errors.any()) {
      LawProfile saved = LawProfile.forOrganisation(org.id).orElse(null);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.laws(pages.page(form, errors, saved, false)))
          .build();
    }
    boolean saved;
    try {
      saved = service.save(org.id, form, user.username());
    } catch (PersistenceException e) {
      saved = false; // another first answer or save won the race at the flush
    }
    if (!saved) {
      return conflict(org, form);
    }
    return Response.seeOther(URI.create("/laws?saved=1#results")).build();
  }

  /**
   * Someone saved the answers since this form was loaded: nothing was saved, the typed answers stay
   * in the form with the current version, so that saving again deliberately replaces theirs.
   */
  private Response conflict(Organisation org, LawForm form) {
    LawProfile current = LawProfile.forOrganisation(org.id).orElse(null);
    form.version = current == null ? null : Integer.toString(current.version);
    FormErrors errors = new FormErrors().add("questions", pages.messages().error_saved_meanwhile());
    return Response.status(Response.Status.CONFLICT)
        .entity(Templates.laws(pages.page(form, errors, current, false)))
        .build();
  }

  @GET
  @Path("{law}")
  public TemplateInstance coverage(@PathParam("law") String lawId, @QueryParam("plan") String id) {
    Law law = law(lawId);
    Organisation org = organisation();
    List<Plan> plans = Plan.listFor(org);
    if (plans.isEmpty()) {
      return Templates.noPlan(law.name().in(pages.lang()));
    }
    return Templates.coverage(pages.coverage(law, plan(org, plans, id), plans));
  }

  @GET
  @Path("{law}/draft.pdf")
  @Produces("application/pdf")
  public Response pdf(
      @PathParam("law") String lawId,
      @QueryParam("plan") String id,
      @QueryParam("lang") String lang) {
    StatementDocument d = draft(lawId, id, lang);
    return download(StatementPdf.render(d), "application/pdf", lawId, d.lang(), "pdf");
  }

  @GET
  @Path("{law}/draft.docx")
  @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  public Response docx(
      @PathParam("law") String lawId,
      @QueryParam("plan") String id,
      @QueryParam("lang") String lang) {
    StatementDocument d = draft(lawId, id, lang);
    return download(
        DraftDocx.render(d),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        lawId,
        d.lang(),
        "docx");
  }

  private StatementDocument draft(String lawId, String id, String lang) {
    Law law = law(lawId);
    Organisation org = organisation();
    List<Plan> plans = Plan.listFor(org);
    if (plans.isEmpty()) {
      throw new NotFoundException();
    }
    String language =
        lang == null ? pages.lang() : Languages.supported(lang).orElseThrow(NotFoundException::new);
    return Drafts.document(law, PlanAnswers.forDraft(plan(org, plans, id)), guidance, language);
  }

  private static Response download(
      byte[] bytes, String type, String lawId, String lang, String extension) {
    return Response.ok(bytes, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + lawId + "-draft-" + lang + "." + extension + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private Law law(String id) {
    return laws.find(id).orElseThrow(NotFoundException::new);
  }

  private Organisation organisation() {
    return user.organisation().orElseThrow(NotFoundException::new);
  }

  /** The chosen plan of this organisation, or its most recent; any other id is not found. */
  private static Plan plan(Organisation org, List<Plan> plans, String id) {
    if (id == null || id.isBlank()) {
      return plans.get(0);
    }
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    return Plan.findFor(org, uuid).orElseThrow(NotFoundException::new);
  }
}
