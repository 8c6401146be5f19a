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
import java.util.UUID;
import java.util.stream.Stream;
import org.complychain.admin.AuditorAssignment;
import org.complychain.plan.FormValues;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.Paging;

/**
 * The auditor's side: the queue, a version's overview (elements with comment counts, changes,
 * organisation, documents) and the decision. Questions and comments are in {@link
 * AuditCommentResource}.
 */
@Path("/audit")
@RolesAllowed(Role.AUDITOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

  @Inject CurrentUser user;
  @Inject ReviewAccess access;
  @Inject ReviewService reviews;
  @Inject VersionViews views;
  @Inject ReviewPdfs pdfs;
  @Inject ScreeningViews screenings;

  /** What the decision form shows after a refused post: the problem and what was chosen. */
  public record Problem(String message, String field, String decision, String note) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        List<VersionViews.Header> waiting,
        Paging waitingPage,
        List<VersionViews.Header> decided,
        Paging decidedPage);

    static native TemplateInstance version(
        VersionViews.VersionPage page, ReviewPdfs.Profile profile, Problem problem, boolean saved);

    static native TemplateInstance screening(
        VersionViews.Header header, ScreeningViews.Frozen screening, Paging paging);
  }

  /**
   * The queue: versions waiting for a decision and versions decided, each list paged on its own
   * ({@code waiting} and {@code decided} are their page numbers).
   */
  @GET
  public TemplateInstance index(
      @QueryParam("waiting") String waitingPage, @QueryParam("decided") String decidedPage) {
    List<UUID> organisations = AuditorAssignment.organisationsOf(user.username());
    Paging waiting = queuePage(organisations, true, waitingPage, "/audit?waiting=", "#waiting");
    Paging decided = queuePage(organisations, false, decidedPage, "/audit?decided=", "#decided");
    List<PlanVersion> waitingRows = queueRows(organisations, true, waiting);
    List<PlanVersion> decidedRows = queueRows(organisations, false, decided);
    List<VersionViews.Header> headers =
        views.headers(Stream.concat(waitingRows.stream(), decidedRows.stream()).toList());
    return Templates.index(
        headers.subList(0, waitingRows.size()),
        waiting,
        headers.subList(waitingRows.size(), headers.size()),
        decided);
  }

  private static Paging queuePage(
      List<UUID> organisations, boolean waiting, String page, String href, String anchor) {
    long total = organisations.isEmpty() ? 0 : PlanVersion.queueSize(organisations, waiting);
    return Paging.of(page, total, href, anchor);
  }

  private static List<PlanVersion> queueRows(
      List<UUID> organisations, boolean waiting, Paging page) {
    return page.total() == 0
        ? List.of()
        : PlanVersion.queue(organisations, waiting, page.offset(), page.size());
  }

  @GET
  @Path("versions/{version}")
  public TemplateInstance version(
      @PathParam("version") String id, @QueryParam("saved") String saved) {
    PlanVersion version = access.version(id);
    return Templates.version(views.page(version), pdfs.profile(version), null, saved != null);
  }

  /** Every supplier the version's screening froze, highest risk first, a page at a time. */
  @GET
  @Path("versions/{version}/screening")
  public TemplateInstance screening(
      @PathParam("version") String id, @QueryParam("page") String page) {
    PlanVersion version = access.version(id);
    Paging paging =
        Paging.of(
            page,
            screenings.total(version),
            "/audit/versions/" + version.id + "/screening?page=",
            "");
    return Templates.screening(views.header(version), screenings.page(version, paging), paging);
  }

  /**
   * Records a decision. The version is not loaded before the deciding transaction, so that a
   * refusal shows it as the decision that got there first left it.
   */
  @POST
  @Path("versions/{version}/decision")
  public Response decide(@PathParam("version") String id, MultivaluedMap<String, String> form) {
    ReviewAccess.VersionRef ref = access.versionRef(id);
    FormValues fields = new FormValues(form);
    String decision = fields.text("decision");
    String note = fields.text("note");
    VersionStatus outcome =
        switch (decision) {
          case "APPROVED" -> VersionStatus.APPROVED;
          case "CHANGES_REQUESTED" -> VersionStatus.CHANGES_REQUESTED;
          default -> null;
        };
    Problem problem = problem(ref, outcome, decision, note, !fields.text("confirm").isEmpty());
    if (problem == null) {
      if (reviews.decide(ref.id(), fields.version("version"), outcome, note, access.auditor())) {
        return Response.seeOther(URI.create("/audit/versions/" + ref.id() + "?saved=1")).build();
      }
      return alreadyDecided(PlanVersion.findById(ref.id()));
    }
    PlanVersion version = PlanVersion.findById(ref.id());
    if (version.status != VersionStatus.SUBMITTED) {
      // Nothing typed can change a decided version: say that, not what is wrong with the form.
      return alreadyDecided(version);
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(Templates.version(views.page(version), pdfs.profile(version), problem, false))
        .build();
  }

  private Problem problem(
      ReviewAccess.VersionRef ref,
      VersionStatus outcome,
      String decision,
      String note,
      boolean confirmed) {
    ReviewMessages m = views.messages();
    if (outcome == null) {
      return new Problem(m.error_decision_required(), "decision-approve", decision, note);
    } else if (note.length() > ReviewComment.BODY_MAX) {
      return new Problem(m.error_comment_too_long(), "note", decision, note);
    } else if (outcome == VersionStatus.CHANGES_REQUESTED && note.isEmpty()) {
      return new Problem(m.error_note_required(), "note", decision, note);
    } else if (outcome == VersionStatus.APPROVED && !confirmed) {
      return new Problem(m.error_approve_confirm_required(ref.number()), "confirm", decision, note);
    }
    return null;
  }

  private Response alreadyDecided(PlanVersion current) {
    return Response.status(Response.Status.CONFLICT)
        .entity(
            Templates.version(
                views.page(current),
                pdfs.profile(current),
                new Problem(views.messages().error_already_decided(), "", "", ""),
                false))
        .build();
  }

  /** The approved document exactly as stored at approval. */
  @GET
  @Path("versions/{version}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("version") String id) {
    return StoredPdf.response(access.version(id), reviews, access.auditor());
  }

  /**
   * The submitted version as a document, made from its frozen snapshot and watermarked, so that the
   * auditor can read it before deciding. Only a version waiting for a decision has one.
   */
  @GET
  @Path("versions/{version}/submitted.pdf")
  @Produces("application/pdf")
  public Response submittedPdf(@PathParam("version") String id) {
    PlanVersion version = access.version(id);
    if (version.status != VersionStatus.SUBMITTED) {
      throw new NotFoundException();
    }
    return pdfs.submitted(version);
  }
}
