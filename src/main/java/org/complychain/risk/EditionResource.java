package org.complychain.risk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;
import org.complychain.web.RequestLocale;

/**
 * Administrators: the editions of the reference data, the upload of a newer one, its preview
 * against the active edition and the switch.
 */
@Path("/admin/risk/editions")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class EditionResource {

  /** Rows of each kind shown in a preview; the counts are always complete. */
  static final int PREVIEW_ROWS = 200;

  @Inject Editions editions;
  @Inject CurrentUser user;
  @Inject RequestLocale locale;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance editions(
        List<EditionRow> editions, FormErrors errors, List<String> problems, String notice);

    static native TemplateInstance preview(RiskEdition edition, EditionDiff diff, int shown);
  }

  /** An edition as the list shows it. */
  public record EditionRow(RiskEdition edition, int pairs) {}

  @GET
  public TemplateInstance list(@QueryParam("done") String done) {
    RiskMessages m = messages();
    String notice =
        "activated".equals(done)
            ? m.notice_activated()
            : "discarded".equals(done) ? m.notice_discarded() : null;
    return Templates.editions(rows(), new FormErrors(), List.of(), notice);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@BeanParam EditionUpload upload) {
    RiskMessages m = messages();
    FormErrors errors = upload.validate(m);
    if (errors.any()) {
      return refused(errors, List.of());
    }
    EditionData data;
    try (InputStream goods = Files.newInputStream(upload.goods.uploadedFile());
        InputStream findings = Files.newInputStream(upload.findings.uploadedFile())) {
      data = IlabImporter.read(goods, findings, upload.listYearValue(), upload.findingsYearValue());
    } catch (IlabFormatException e) {
      errors.add("goods", m.error_edition_refused(e.problems().size()));
      return refused(errors, e.problems().stream().map(p -> describe(m, p)).toList());
    } catch (IOException e) {
      errors.add("goods", m.error_file_missing());
      return refused(errors, List.of());
    }
    UUID id = editions.store(data, RiskEdition.Status.PREVIEW, user.username());
    return Response.seeOther(URI.create("/admin/risk/editions/" + id)).build();
  }

  @GET
  @Path("{id}")
  public TemplateInstance preview(@PathParam("id") String id) {
    RiskEdition edition = previewEdition(id);
    EditionData current =
        editions
            .active()
            .map(ReferenceData::data)
            .orElse(new EditionData(0, 0, "", List.of(), List.of()));
    EditionDiff diff = EditionDiff.between(current, editions.facts(edition.id).data());
    return Templates.preview(edition, diff, PREVIEW_ROWS);
  }

  @POST
  @Path("{id}/activate")
  public Response activate(@PathParam("id") String id) {
    if (!editions.activate(previewEdition(id).id)) {
      throw new NotFoundException();
    }
    return Response.seeOther(URI.create("/admin/risk/editions?done=activated")).build();
  }

  @POST
  @Path("{id}/discard")
  public Response discard(@PathParam("id") String id) {
    if (!editions.discard(previewEdition(id).id)) {
      throw new NotFoundException();
    }
    return Response.seeOther(URI.create("/admin/risk/editions?done=discarded")).build();
  }

  private RiskEdition previewEdition(String id) {
    return editions
        .find(RiskIds.uuid(id))
        .filter(e -> e.status == RiskEdition.Status.PREVIEW)
        .orElseThrow(NotFoundException::new);
  }

  private Response refused(FormErrors errors, List<String> problems) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(Templates.editions(rows(), errors, problems, null))
        .build();
  }

  private List<EditionRow> rows() {
    return editions.all().stream()
        .map(e -> new EditionRow(e, editions.facts(e.id).data().listings().size()))
        .toList();
  }

  static String describe(RiskMessages m, ImportProblem p) {
    String what =
        switch (p.kind()) {
          case NOT_XML -> m.problem_NOT_XML(p.value());
          case WRONG_ROOT -> m.problem_WRONG_ROOT(p.value());
          case MISSING -> m.problem_MISSING(p.value());
          case NOT_YES_NO -> m.problem_NOT_YES_NO(p.value());
          case UNKNOWN_COUNTRY -> m.problem_UNKNOWN_COUNTRY(p.value());
          case UNKNOWN_REGION -> m.problem_UNKNOWN_REGION(p.value());
          case UNKNOWN_SECTOR -> m.problem_UNKNOWN_SECTOR(p.value());
          case UNKNOWN_ADVANCEMENT -> m.problem_UNKNOWN_ADVANCEMENT(p.value());
          case DUPLICATE -> m.problem_DUPLICATE(p.value());
          case EMPTY -> m.problem_EMPTY(p.value());
        };
    return m.problem_at(p.file(), p.line(), p.element()) + " " + what;
  }

  private RiskMessages messages() {
    return MessageBundles.get(RiskMessages.class, Localized.Literal.of(locale.tag()));
  }
}
