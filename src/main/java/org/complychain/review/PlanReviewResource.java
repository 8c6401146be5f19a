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
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.CheckPage;
import org.complychain.plan.FormValues;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.review.CommentThreads.CommentView;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;
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
  @Inject CheckPage checkPage;

  /**
   * The review panel of a plan: its state, what is missing, its versions (newest first), the newest
   * one, the newest approved one (whose stored document is the plan's approved PDF) and whether an
   * auditor serves the organisation.
   */
  public record ReviewPanel(
      String planId,
      String planTitle,
      boolean locked,
      List<GuidanceModule> missing,
      List<VersionViews.Header> versions,
      VersionViews.Header latest,
      VersionViews.Header approved,
      boolean canReopen,
      boolean hasAuditor) {}

  /**
   * The company's reply form for one thread: the version it is read on, the thread, where to go
   * back to ({@code from=element} for the plan's element page) and what was typed with its problem.
   */
  public record ReplyPage(
      VersionViews.Header header,
      CommentView comment,
      String from,
      String back,
      String body,
      String error) {

    /** The thread as the shared thread template takes it. */
    public List<CommentView> thread() {
      return List.of(comment);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance review(ReviewPanel panel, boolean submitted, boolean reopened);

    static native TemplateInstance version(VersionViews.VersionPage page);

    static native TemplateInstance reply(ReplyPage page);
  }

  @GET
  @Path("review")
  public TemplateInstance review(
      @PathParam("plan") String id,
      @QueryParam("submitted") String submitted,
      @QueryParam("reopened") String reopened) {
    return Templates.review(panel(access.plan(id)), submitted != null, reopened != null);
  }

  /**
   * Submits from "check your plan". A frozen plan, an incomplete one or one without an auditor is
   * refused with 409 and the check page saying why; a missing approver or declaration with 400.
   */
  @POST
  @Path("submit")
  public Response submit(@PathParam("plan") String id, MultivaluedMap<String, String> form) {
    Plan plan = access.plan(id);
    FormValues fields = new FormValues(form);
    String lang = Languages.supported(fields.text("lang")).orElse(access.lang());
    Submission submission =
        new Submission(
            fields.text("approverName"),
            fields.text("approverPosition"),
            !fields.text("declared").isEmpty());
    FormErrors errors = submission.errors(views.messages());
    CheckPage.SubmitForm typed =
        new CheckPage.SubmitForm(
            submission.approverName(),
            submission.approverPosition(),
            submission.declared(),
            lang,
            errors);
    // The state is checked inside the submitting transaction only: reading it here first would
    // hold a connection the transaction cannot take over.
    if (errors.any()) {
      TemplateInstance page = checkPage.render(plan, typed, false);
      boolean open = checkPage.submitState(plan, typed).open();
      return Response.status(open ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT)
          .entity(page)
          .build();
    }
    if (reviews.submit(plan.id, lang, access.actor(), submission).isEmpty()) {
      return Response.status(Response.Status.CONFLICT)
          .entity(checkPage.render(plan, typed, false))
          .build();
    }
    return Response.seeOther(URI.create("/plans/" + plan.id + "/review?submitted=1")).build();
  }

  @POST
  @Path("new-version")
  public Response newVersion(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    if (!reviews.startNewVersion(plan.id, access.actor())) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Templates.review(panel(plan), false, false))
          .build();
    }
    return Response.seeOther(URI.create("/plans/" + plan.id + "/review?reopened=1")).build();
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

  @GET
  @Path("versions/{number}/reply")
  public TemplateInstance replyForm(
      @PathParam("plan") String id,
      @PathParam("number") String number,
      @QueryParam("comment") String comment,
      @QueryParam("from") String from) {
    PlanVersion version = version(access.plan(id), number);
    if (!reviews.answerable(version)) {
      throw new NotFoundException();
    }
    return Templates.reply(replyPage(version, comment, from, "", null));
  }

  /** The company answers a thread read on the plan's newest version, while it is open. */
  @POST
  @Path("versions/{number}/replies")
  public Response reply(
      @PathParam("plan") String id,
      @PathParam("number") String number,
      MultivaluedMap<String, String> form) {
    PlanVersion version = version(access.plan(id), number);
    FormValues fields = new FormValues(form);
    String body = fields.text("body");
    ReplyPage page;
    try {
      page = replyPage(version, fields.text("comment"), fields.text("from"), body, null);
    } catch (NotFoundException e) {
      // A reply sent from a page shown before the version closed says that first.
      if (!reviews.answerable(version)) {
        throw new ReviewConflict();
      }
      throw e;
    }
    ReviewMessages m = views.messages();
    String problem =
        body.isEmpty()
            ? m.error_reply_required()
            : body.length() > ReviewComment.BODY_MAX ? m.error_comment_too_long() : null;
    if (problem != null) {
      if (!reviews.answerable(version)) {
        // A closed version takes no reply: say that, not what is wrong with the form.
        throw new ReviewConflict();
      }
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              Templates.reply(replyPage(version, page.comment().id(), page.from(), body, problem)))
          .build();
    }
    reviews.reply(version.id, UUID.fromString(page.comment().id()), body, access.actor());
    return Response.seeOther(URI.create(page.back())).build();
  }

  /** Only a thread's first comment, read on this version, can be answered; others are not found. */
  private ReplyPage replyPage(
      PlanVersion version, String commentId, String from, String body, String error) {
    CommentView comment =
        CommentThreads.of(version, views.reader()).values().stream()
            .flatMap(List::stream)
            .filter(c -> c.id().equals(commentId))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    ReviewComment stored = ReviewComment.findById(UUID.fromString(comment.id()));
    String planId = version.plan.id.toString();
    boolean fromElement = "element".equals(from);
    String back =
        fromElement
            ? "/plans/" + planId + "/elements/" + elementOf(stored.target) + "#" + stored.target
            : "/plans/" + planId + "/versions/" + version.number + "#comment-" + comment.id();
    return new ReplyPage(
        views.header(version), comment, fromElement ? "element" : "", back, body, error);
  }

  private static String elementOf(String target) {
    return target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
  }

  private ReviewPanel panel(Plan plan) {
    List<PlanVersion> versions = PlanVersion.listFor(plan);
    List<VersionViews.Header> headers = views.headers(versions);
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
        headers,
        headers.isEmpty() ? null : headers.get(0),
        headers.stream().filter(VersionViews.Header::approved).findFirst().orElse(null),
        canReopen,
        reviews.hasAuditor(plan));
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
