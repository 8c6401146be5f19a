package org.complychain.evidence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;

/** The organisation's evidence: the list, the upload form, one file's page and its deletion. */
@Path("/evidence")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class EvidenceResource {

  static final int PAGE_SIZE = 20;

  @Inject EvidenceAccess access;
  @Inject EvidenceTargets targets;
  @Inject EvidenceService evidence;
  @Inject EvidenceViews views;
  @Inject EvidenceConfig config;

  /** The upload form as typed (never the file itself), with its errors. */
  public record FormView(
      String title,
      String kind,
      String issued,
      String expires,
      EvidenceTargets.Resolved target,
      FormErrors errors) {}

  /** One page of the list. */
  public record ListView(
      List<EvidenceRow> rows, int page, int pages, String used, String quota, boolean deleted) {}

  /** One file's page. */
  public record FileView(
      EvidenceFile file,
      EvidenceRow row,
      List<String> links,
      boolean frozen,
      String uploaded,
      String size,
      EvidenceTargets.Resolved target,
      boolean uploadedNow,
      boolean duplicate,
      boolean refusedFrozen) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(ListView view);

    static native TemplateInstance upload(FormView form, String maxSize);

    static native TemplateInstance file(FileView view);
  }

  @GET
  public TemplateInstance list(
      @QueryParam("page") int page, @QueryParam("deleted") String deleted) {
    var organisation = access.organisation();
    PanacheQuery<EvidenceFile> query =
        EvidenceFile.find("organisation = ?1 order by uploadedAt desc, id", organisation);
    int pages = Math.max(1, query.page(Page.ofSize(PAGE_SIZE)).pageCount());
    int current = Math.min(Math.max(page, 1), pages);
    List<EvidenceFile> files = query.page(Page.of(current - 1, PAGE_SIZE)).list();
    return Templates.list(
        new ListView(
            views.rows(files),
            current,
            pages,
            views.size(evidence.used(organisation)),
            views.size(config.organisationQuota().asLongValue()),
            deleted != null));
  }

  @GET
  @Path("new")
  public TemplateInstance newFile(
      @QueryParam("plan") String plan,
      @QueryParam("question") String question,
      @QueryParam("action") String action) {
    access.organisation();
    var target = targets.resolve(plan, question, action);
    return Templates.upload(new FormView("", "", "", "", target, new FormErrors()), maxSize());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@BeanParam UploadForm form) {
    var organisation = access.organisation();
    var target = targets.resolve(form.plan, form.question, form.action);
    EvidenceMessages m = access.messages();
    FormErrors errors = new FormErrors();
    EvidenceDraft draft =
        UploadCheck.check(form, m, maxSize(), config.maxFileSize().asLongValue(), errors);
    if (draft != null) {
      try (InputStream content = Files.newInputStream(form.file.uploadedFile())) {
        EvidenceFile file =
            evidence.store(
                organisation.id,
                draft,
                form.file.size(),
                content,
                target == null ? null : target.target(),
                access.actor());
        return Response.seeOther(URI.create(afterUpload(file, target))).build();
      } catch (EvidenceRefused refused) {
        if (refused.reason == EvidenceRefused.Reason.DUPLICATE) {
          String query = target == null ? "" : "&" + target.query();
          return Response.seeOther(
                  URI.create("/evidence/" + refused.existing + "?duplicate=1" + query))
              .build();
        }
        errors.add("file", refusal(m, refused, organisation));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    errors.add("file", m.error_file_again());
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(
            Templates.upload(
                new FormView(
                    UploadForm.text(form.title),
                    UploadForm.text(form.kind),
                    UploadForm.text(form.issued),
                    UploadForm.text(form.expires),
                    target,
                    errors),
                maxSize()))
        .build();
  }

  @GET
  @Path("{id}")
  public TemplateInstance file(
      @PathParam("id") String id,
      @QueryParam("uploaded") String uploaded,
      @QueryParam("duplicate") String duplicate,
      @QueryParam("frozen") String frozen,
      @QueryParam("plan") String plan,
      @QueryParam("question") String question,
      @QueryParam("action") String action) {
    EvidenceFile file = access.file(id);
    var target = targets.resolve(plan, question, action);
    return Templates.file(
        views.fileView(file, target, uploaded != null, duplicate != null, frozen != null));
  }

  @POST
  @Path("{id}/delete")
  public Response delete(@PathParam("id") String id) {
    EvidenceFile file = access.file(id);
    try {
      evidence.delete(file.id, access.actor());
    } catch (EvidenceRefused refused) {
      return Response.seeOther(URI.create("/evidence/" + file.id + "?frozen=1")).build();
    }
    return Response.seeOther(URI.create("/evidence?deleted=1")).build();
  }

  private String afterUpload(EvidenceFile file, EvidenceTargets.Resolved target) {
    return target == null
        ? "/evidence/" + file.id + "?uploaded=1"
        : "/evidence/for?" + target.query() + "&uploaded=1";
  }

  private String refusal(
      EvidenceMessages m, EvidenceRefused refused, org.complychain.organisation.Organisation o) {
    return switch (refused.reason) {
      case EMPTY -> m.error_file_empty();
      case TOO_LARGE -> m.error_file_too_large(maxSize());
      case QUOTA ->
          m.error_quota(
              views.size(Math.max(0, config.organisationQuota().asLongValue() - evidence.used(o))));
      default -> m.refused_locked();
    };
  }

  private String maxSize() {
    return views.size(config.maxFileSize().asLongValue());
  }
}
