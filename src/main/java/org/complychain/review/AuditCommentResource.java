package org.complychain.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import org.complychain.plan.FormValues;
import org.complychain.review.CommentThreads.CommentView;
import org.complychain.security.Role;

/**
 * The auditor reads one element at a time and comments on one question at a time: each question has
 * a "Comment" link to a page of its own, so that a refused comment names its question and the
 * auditor returns to it.
 */
@Path("/audit/versions/{version}/elements/{element}")
@RolesAllowed(Role.AUDITOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditCommentResource {

  @Inject ReviewAccess access;
  @Inject ReviewService reviews;
  @Inject VersionViews views;

  /**
   * The comment form for one target: the question (or the whole element), its answer and comments,
   * the comment replied to if any, and what was typed with its problem.
   */
  public record CommentPage(
      VersionViews.Header header,
      VersionViews.ElementView element,
      VersionViews.AnswerView answer,
      String target,
      CommentView parent,
      String body,
      String error) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance element(
        VersionViews.Header header, VersionViews.ElementView element, boolean saved);

    static native TemplateInstance comment(CommentPage page);
  }

  @GET
  public TemplateInstance element(
      @PathParam("version") String id,
      @PathParam("element") String elementId,
      @QueryParam("saved") String saved) {
    VersionViews.VersionPage page = views.page(access.version(id));
    VersionViews.ElementView element = page.element(elementId);
    if (element == null) {
      throw new NotFoundException();
    }
    return Templates.element(page.header(), element, saved != null);
  }

  @GET
  @Path("comment")
  public TemplateInstance commentForm(
      @PathParam("version") String id,
      @PathParam("element") String elementId,
      @QueryParam("target") String target,
      @QueryParam("reply") String reply) {
    PlanVersion version = access.version(id);
    if (version.status != VersionStatus.SUBMITTED) {
      throw new NotFoundException();
    }
    if (target == null || !inElement(target, elementId)) {
      throw new NotFoundException();
    }
    return Templates.comment(commentPage(version, target, reply, "", null));
  }

  @POST
  @Path("comments")
  public Response comment(
      @PathParam("version") String id,
      @PathParam("element") String elementId,
      MultivaluedMap<String, String> form) {
    PlanVersion version = access.version(id);
    FormValues fields = new FormValues(form);
    String target = fields.text("target");
    String reply = fields.text("reply");
    String body = fields.text("body");
    if (!validTarget(version, target) || !inElement(target, elementId)) {
      throw new BadRequestException("Unknown comment target " + target);
    }
    ReviewComment parent = reply.isEmpty() ? null : parent(version, reply, target);
    ReviewMessages m = views.messages();
    String problem =
        body.isEmpty()
            ? m.error_comment_required()
            : body.length() > ReviewComment.BODY_MAX ? m.error_comment_too_long() : null;
    if (problem != null) {
      if (version.status != VersionStatus.SUBMITTED) {
        // A decided version takes no comment: say that, not what is wrong with the form.
        throw new ReviewConflict();
      }
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.comment(commentPage(version, target, reply, body, problem)))
          .build();
    }
    reviews.comment(version.id, target, body, access.auditor(), parent == null ? null : parent.id);
    return Response.seeOther(back(version, target)).build();
  }

  @POST
  @Path("comments/{comment}/resolve")
  public Response resolve(
      @PathParam("version") String id,
      @PathParam("element") String elementId,
      @PathParam("comment") String commentId) {
    PlanVersion version = access.version(id);
    ReviewComment comment = access.comment(version, commentId);
    if (!inElement(comment.target, elementId)) {
      throw new NotFoundException();
    }
    reviews.resolve(version.id, comment.id, access.auditor());
    return Response.seeOther(back(version, comment.target)).build();
  }

  private CommentPage commentPage(
      PlanVersion version, String target, String reply, String body, String error) {
    if (target == null || !validTarget(version, target)) {
      throw new NotFoundException();
    }
    VersionViews.VersionPage page = views.page(version);
    VersionViews.ElementView element = page.element(elementOf(target));
    VersionViews.AnswerView answer =
        element.answers().stream()
            .filter(a -> a.questionId().equals(target))
            .findFirst()
            .orElse(null);
    CommentView parent = null;
    if (reply != null && !reply.isEmpty()) {
      var thread = answer == null ? element.comments() : answer.comments();
      parent =
          thread.stream()
              .filter(c -> c.id().equals(reply))
              .findFirst()
              .orElseThrow(NotFoundException::new);
    }
    return new CommentPage(page.header(), element, answer, target, parent, body, error);
  }

  /** A reply answers a thread's first comment on the same target, made on this plan. */
  private ReviewComment parent(PlanVersion version, String reply, String target) {
    ReviewComment parent = access.comment(version, reply);
    if (parent.parent != null || !parent.target.equals(target)) {
      throw new BadRequestException("Replies answer the first comment of a thread");
    }
    return parent;
  }

  private static String elementOf(String target) {
    return target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
  }

  private static boolean inElement(String target, String elementId) {
    return elementOf(target).equals(elementId);
  }

  private static URI back(PlanVersion version, String target) {
    String element = elementOf(target);
    return URI.create(
        "/audit/versions/" + version.id + "/elements/" + element + "?saved=1#" + target);
  }

  private static boolean validTarget(PlanVersion version, String target) {
    Snapshot snapshot = Snapshot.parse(version.snapshot);
    return snapshot.answers().containsKey(target) || target.matches("e[1-8]");
  }
}
