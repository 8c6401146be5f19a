package org.complychain.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.FormValues;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.security.Role;
import org.complychain.web.Languages;

/** The company's side of review: submit, versions with their comments and decisions, reopen. */
@Path("/plans/{plan}")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class PlanReviewResource {

  @Inject PlanAccess access;
  @Inject ReviewService reviews;
  @Inject VersionViews views;
  @Inject Catalogue catalogue;

  /** The review panel of a plan: its state, what is missing and its versions. */
  public record ReviewPanel(
      String planId,
      String planTitle,
      boolean locked,
      List<GuidanceModule> missing,
      List<VersionViews.Header> versions,
      boolean canReopen,
      String lang) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance review(ReviewPanel panel, boolean saved);

    static native TemplateInstance version(VersionViews.VersionPage page);
  }

  @GET
  @Path("review")
  public TemplateInstance review(@PathParam("plan") String id, @QueryParam("saved") String saved) {
    return Templates.review(panel(access.plan(id)), saved != null);
  }

  @POST
  @Path("submit")
  public Response submit(@PathParam("plan") String id, MultivaluedMap<String, String> form) {
    Plan plan = access.plan(id);
    String lang = Languages.supported(new FormValues(form).text("lang")).orElse(access.lang());
    if (reviews.locked(plan) || !reviews.missingForSubmission(plan).isEmpty()) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Templates.review(panel(plan), false))
          .build();
    }
    reviews.submit(plan, lang, access.actor());
    return Response.seeOther(URI.create("/plans/" + plan.id + "/review?saved=1")).build();
  }

  @POST
  @Path("new-version")
  public Response newVersion(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    if (!reviews.startNewVersion(plan, access.actor())) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Templates.review(panel(plan), false))
          .build();
    }
    return Response.seeOther(URI.create("/plans/" + plan.id + "?saved=1")).build();
  }

  @GET
  @Path("versions/{number}")
  public TemplateInstance version(
      @PathParam("plan") String id, @PathParam("number") String number) {
    return Templates.version(views.page(version(access.plan(id), number)));
  }

  @GET
  @Path("versions/{number}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("plan") String id, @PathParam("number") String number) {
    return StoredPdf.response(version(access.plan(id), number), reviews, access.actor());
  }

  private ReviewPanel panel(Plan plan) {
    List<PlanVersion> versions = PlanVersion.listFor(plan);
    boolean canReopen =
        !versions.isEmpty()
            && versions.get(0).status == VersionStatus.APPROVED
            && versions.get(0).supersededAt == null;
    return new ReviewPanel(
        plan.id.toString(),
        plan.title,
        reviews.locked(plan),
        reviews.missingForSubmission(plan).stream()
            .map(e -> catalogue.module(access.lang(), e).orElseThrow())
            .toList(),
        versions.stream().map(views::header).toList(),
        canReopen,
        access.lang());
  }

  private static PlanVersion version(Plan plan, String number) {
    try {
      return PlanVersion.findNumber(plan, Integer.parseInt(number))
          .orElseThrow(NotFoundException::new);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }
}
