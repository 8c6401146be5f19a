package org.complychain.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.complychain.review.PlanVersion;
import org.complychain.review.ReviewAccess;
import org.complychain.review.VersionStatus;
import org.complychain.security.Role;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The auditor's view of the evidence a submitted version froze: only files that version froze, only
 * for versions of organisations assigned to them; anything else is not found.
 */
@Path("/audit/versions/{version}/evidence/{file}")
@RolesAllowed(Role.AUDITOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditEvidenceResource {

  @Inject ReviewAccess reviews;
  @Inject EvidenceViews views;
  @Inject EvidenceStore store;
  @Inject EntityManager em;

  /** The file as the auditor sees it, with the remarks made on it and whether more may be added. */
  public record AuditFileView(
      String versionId,
      EvidenceFile file,
      EvidenceRow row,
      List<CommentView> comments,
      boolean open,
      String error) {}

  /** One remark: who, when, what. */
  public record CommentView(String author, String when, String body) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance file(AuditFileView view);
  }

  @GET
  public TemplateInstance file(
      @PathParam("version") String versionId, @PathParam("file") String id) {
    PlanVersion version = reviews.version(versionId);
    return Templates.file(view(version, frozen(version, id), null));
  }

  @GET
  @Path("download")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("version") String versionId, @PathParam("file") String id) {
    PlanVersion version = reviews.version(versionId);
    return EvidenceDownload.of(frozen(version, id), store);
  }

  @POST
  @Path("comments")
  @Transactional
  public Response comment(
      @PathParam("version") String versionId, @PathParam("file") String id, @RestForm String body) {
    PlanVersion version = reviews.version(versionId);
    EvidenceFile file = frozen(version, id);
    if (version.status != VersionStatus.SUBMITTED) {
      throw new ClientErrorException(Response.Status.CONFLICT);
    }
    String text = body == null ? "" : body.strip();
    EvidenceMessages m = views.messages();
    if (text.isEmpty() || text.length() > EvidenceComment.BODY_MAX) {
      String error =
          text.isEmpty()
              ? m.error_comment_required()
              : m.error_comment_too_long(EvidenceComment.BODY_MAX);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.file(view(version, file, error)))
          .build();
    }
    EvidenceComment comment = new EvidenceComment();
    comment.id = UUID.randomUUID();
    comment.fileId = file.id;
    comment.versionId = version.id;
    comment.author = reviews.auditor();
    comment.body = text;
    comment.persist();
    return Response.seeOther(
            URI.create("/audit/versions/" + version.id + "/evidence/" + file.id + "#comments"))
        .build();
  }

  private EvidenceFile frozen(PlanVersion version, String id) {
    UUID fileId = EvidenceAccess.uuid(id);
    if (!EvidenceFreezes.frozenIn(em, fileId, version.id)) {
      throw new NotFoundException();
    }
    return EvidenceFile.findById(fileId);
  }

  private AuditFileView view(PlanVersion version, EvidenceFile file, String error) {
    return new AuditFileView(
        version.id.toString(),
        file,
        views.row(file, null),
        views.comments(file.id, version.plan.id),
        version.status == VersionStatus.SUBMITTED,
        error);
  }
}
