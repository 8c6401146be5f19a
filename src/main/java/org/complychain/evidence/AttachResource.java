package org.complychain.evidence;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complychain.security.Role;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Attaching files to one answer or corrective action, and detaching them; and downloading. The
 * element page and the action form link here, since their own forms cannot hold other forms.
 */
@Path("/evidence")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class AttachResource {

  @Inject EvidenceAccess access;
  @Inject EvidenceTargets targets;
  @Inject EvidenceService evidence;
  @Inject EvidenceViews views;
  @Inject EvidenceStore store;

  /** The page of one answer's (or action's) evidence. */
  public record AttachView(
      EvidenceTargets.Resolved target,
      EvidenceViews.Attached attached,
      List<EvidenceRow> available,
      boolean uploaded,
      boolean locked) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance attach(AttachView view);
  }

  @GET
  @Path("for")
  public TemplateInstance page(
      @QueryParam("plan") String plan,
      @QueryParam("question") String question,
      @QueryParam("action") String action,
      @QueryParam("uploaded") String uploaded) {
    var target = targets.resolve(plan, question, action);
    if (target == null) {
      throw new NotFoundException();
    }
    EvidenceTarget t = target.target();
    var attached =
        target.action()
            ? views.forAction(t.planId().toString(), t.actionId().toString())
            : views.forAnswer(t.planId().toString(), t.questionId());
    Set<UUID> present = attached.files().stream().map(EvidenceRow::id).collect(Collectors.toSet());
    List<EvidenceFile> others =
        EvidenceFile.<EvidenceFile>list(
                "organisation = ?1 order by title, id", access.organisation())
            .stream()
            .filter(f -> !present.contains(f.id))
            .toList();
    return Templates.attach(
        new AttachView(
            target, attached, views.rows(others), uploaded != null, targets.locked(target)));
  }

  @POST
  @Path("for")
  public Response attach(
      @RestForm String plan,
      @RestForm String question,
      @RestForm String action,
      @RestForm String file) {
    var target = targets.resolve(plan, question, action);
    if (target == null) {
      throw new NotFoundException();
    }
    evidence.attach(access.file(file).id, target.target(), access.actor());
    return Response.seeOther(URI.create("/evidence/for?" + target.query())).build();
  }

  @POST
  @Path("links/{link}/detach")
  public Response detach(@PathParam("link") String linkId) {
    EvidenceLink link =
        EvidenceLink.<EvidenceLink>find(
                "id = ?1 and file.organisation = ?2",
                EvidenceAccess.uuid(linkId),
                access.organisation())
            .firstResultOptional()
            .orElseThrow(NotFoundException::new);
    var target =
        targets.resolve(
            link.planId.toString(),
            link.questionId,
            link.actionId == null ? null : link.actionId.toString());
    evidence.detach(link.id, access.actor());
    return Response.seeOther(URI.create("/evidence/for?" + target.query())).build();
  }

  @GET
  @Path("{id}/download")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") String id) {
    return EvidenceDownload.of(access.file(id), store);
  }
}
