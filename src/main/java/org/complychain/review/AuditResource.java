package org.complychain.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
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
import java.util.UUID;
import org.complychain.admin.AuditorAssignment;
import org.complychain.plan.FormValues;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;

/** The auditor's side: the queue, a read-only version with comments, and the decision. */
@Path("/audit")
@RolesAllowed(Role.AUDITOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

  @Inject CurrentUser user;
  @Inject ReviewAccess access;
  @Inject ReviewService reviews;
  @Inject VersionViews views;

  /** What the review page's forms show after a refused post. */
  public record Problem(String message) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        List<VersionViews.Header> waiting, List<VersionViews.Header> decided);

    static native TemplateInstance version(
        VersionViews.VersionPage page, Problem problem, boolean saved);
  }

  @GET
  public TemplateInstance index() {
    List<UUID> organisations = AuditorAssignment.organisationsOf(user.username());
    List<PlanVersion> versions =
        organisations.isEmpty()
            ? List.of()
            : PlanVersion.<PlanVersion>list(
                "plan.organisation.id in ?1 order by submittedAt desc", organisations);
    return Templates.index(
        versions.stream()
            .filter(v -> v.status == VersionStatus.SUBMITTED)
            .map(views::header)
            .toList(),
        versions.stream()
            .filter(v -> v.status != VersionStatus.SUBMITTED)
            .map(views::header)
            .toList());
  }

  @GET
  @Path("versions/{version}")
  public TemplateInstance version(
      @PathParam("version") String id, @QueryParam("saved") String saved) {
    return Templates.version(views.page(access.version(id)), null, saved != null);
  }

  @POST
  @Path("versions/{version}/comments")
  public Response comment(@PathParam("version") String id, MultivaluedMap<String, String> form) {
    PlanVersion version = access.version(id);
    if (version.status != VersionStatus.SUBMITTED) {
      throw new ReviewConflict();
    }
    FormValues fields = new FormValues(form);
    String target = fields.text("target");
    String body = fields.text("body");
    if (!validTarget(version, target)) {
      throw new BadRequestException("Unknown comment target " + target);
    }
    ReviewMessages m = views.messages();
    String problem =
        body.isEmpty()
            ? m.error_comment_required()
            : body.length() > ReviewComment.BODY_MAX ? m.error_comment_too_long() : null;
    if (problem != null) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.version(views.page(version), new Problem(problem), false))
          .build();
    }
    reviews.comment(version, target, body, access.auditor());
    return Response.seeOther(URI.create("/audit/versions/" + version.id + "?saved=1#" + target))
        .build();
  }

  @POST
  @Path("versions/{version}/decision")
  public Response decide(@PathParam("version") String id, MultivaluedMap<String, String> form) {
    PlanVersion version = access.version(id);
    FormValues fields = new FormValues(form);
    String decision = fields.text("decision");
    String note = fields.text("note");
    int expected = fields.version("version");
    ReviewMessages m = views.messages();
    VersionStatus outcome =
        switch (decision) {
          case "APPROVED" -> VersionStatus.APPROVED;
          case "CHANGES_REQUESTED" -> VersionStatus.CHANGES_REQUESTED;
          default -> null;
        };
    String problem =
        outcome == null
            ? m.error_decision_required()
            : note.length() > ReviewComment.BODY_MAX
                ? m.error_comment_too_long()
                : outcome == VersionStatus.CHANGES_REQUESTED && note.isEmpty()
                    ? m.error_note_required()
                    : null;
    if (problem != null) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.version(views.page(version), new Problem(problem), false))
          .build();
    }
    if (!reviews.decide(version.id, expected, outcome, note, access.auditor())) {
      // The request's session still holds the version as it was before the other decision.
      PlanVersion.getEntityManager().detach(version);
      PlanVersion current = PlanVersion.findById(version.id);
      return Response.status(Response.Status.CONFLICT)
          .entity(
              Templates.version(views.page(current), new Problem(m.error_already_decided()), false))
          .build();
    }
    return Response.seeOther(URI.create("/audit/versions/" + version.id + "?saved=1")).build();
  }

  @GET
  @Path("versions/{version}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("version") String id) {
    return StoredPdf.response(access.version(id), reviews, access.auditor());
  }

  private static boolean validTarget(PlanVersion version, String target) {
    Snapshot snapshot = Snapshot.parse(version.snapshot);
    return snapshot.answers().containsKey(target) || target.matches("e[1-8]");
  }
}
