package org.complychain.exchange;

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
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.review.PlanVersion;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;
import org.complychain.web.RequestLocale;

/**
 * Data out and back in for company members: the organisation, a working plan or a submitted version
 * as JSON or as CSV files in a ZIP, and the import of a JSON export into the member's own
 * organisation. Another organisation's plan answers 404, as everywhere.
 */
@Path("/exchange")
@RolesAllowed(Role.COMPANY_NAME)
public class ExchangeResource {

  /** The largest file the import reads (the HTTP body limit is higher, for evidence uploads). */
  static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

  static final String MAX_IMPORT_TEXT = "10 MB";

  @Inject PlanAccess access;
  @Inject ExchangeExport export;
  @Inject ExchangeImport importer;
  @Inject RequestLocale locale;

  /** What the import page shows: the outcome of the last import, or the refusal. */
  public record ImportPage(String done, FormErrors errors, String maxSize) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance importForm(ImportPage page);
  }

  @GET
  @Path("organisation.json")
  public Response organisationJson() {
    return json(export.organisation(access.organisation()), "complychain-organisation");
  }

  @GET
  @Path("organisation.zip")
  public Response organisationZip() {
    return zip(export.organisation(access.organisation()), "complychain-organisation");
  }

  @GET
  @Path("plans/{plan}/export.json")
  public Response planJson(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    return json(export.plan(plan), name(plan));
  }

  @GET
  @Path("plans/{plan}/export.zip")
  public Response planZip(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    return zip(export.plan(plan), name(plan));
  }

  @GET
  @Path("plans/{plan}/versions/{number}/export.json")
  public Response versionJson(@PathParam("plan") String id, @PathParam("number") String number) {
    PlanVersion v = version(id, number);
    return json(export.version(v), name(v.plan) + "-v" + v.number);
  }

  @GET
  @Path("plans/{plan}/versions/{number}/export.zip")
  public Response versionZip(@PathParam("plan") String id, @PathParam("number") String number) {
    PlanVersion v = version(id, number);
    return zip(export.version(v), name(v.plan) + "-v" + v.number);
  }

  @GET
  @Path("import")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance importForm(
      @QueryParam("plans") String plans,
      @QueryParam("actions") String actions,
      @QueryParam("suppliers") String suppliers,
      @QueryParam("done") String done) {
    access.organisation();
    String outcome =
        "true".equals(done)
            ? messages().import_done(count(plans), count(actions), count(suppliers))
            : null;
    return Templates.importForm(new ImportPage(outcome, new FormErrors(), MAX_IMPORT_TEXT));
  }

  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  public Response importFile(@BeanParam ImportForm form) {
    var organisation = access.organisation();
    try {
      if (form.file == null || form.file.size() == 0) {
        throw new ImportRefused(ImportRefused.Reason.NO_FILE);
      }
      if (form.file.size() > MAX_IMPORT_BYTES) {
        throw new ImportRefused(ImportRefused.Reason.TOO_LARGE);
      }
      ExchangeImport.Result result;
      try (InputStream in = Files.newInputStream(form.file.uploadedFile())) {
        result = importer.importInto(organisation.id, in, access.actor());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Response.seeOther(
              URI.create(
                  "/exchange/import?done=true&plans="
                      + result.plans()
                      + "&actions="
                      + result.actions()
                      + "&suppliers="
                      + result.suppliers()))
          .build();
    } catch (ImportRefused refused) {
      FormErrors errors = new FormErrors().add("file", refusal(refused));
      int status = refused.reason == ImportRefused.Reason.TOO_LARGE ? 413 : 400;
      return Response.status(status)
          .entity(Templates.importForm(new ImportPage(null, errors, MAX_IMPORT_TEXT)))
          .build();
    }
  }

  /** A count from the address after an import; anything else reads as none. */
  private static int count(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String refusal(ImportRefused r) {
    ExchangeMessages m = messages();
    return switch (r.reason) {
      case NO_FILE -> m.error_no_file();
      case TOO_LARGE -> m.error_too_large(MAX_IMPORT_TEXT);
      case MALFORMED -> m.error_malformed();
      case TOO_DEEP -> m.error_too_deep();
      case DUPLICATE_KEY -> m.error_duplicate_key(r.detail);
      case OTHER_SCHEMA -> m.error_other_schema(r.detail);
      case INVALID_VALUE -> m.error_invalid_value(r.detail);
      case UNKNOWN_QUESTION -> m.error_unknown_question(r.detail);
    };
  }

  private ExchangeMessages messages() {
    return MessageBundles.get(ExchangeMessages.class, Localized.Literal.of(locale.tag()));
  }

  private PlanVersion version(String planId, String number) {
    Plan plan = access.plan(planId);
    try {
      return PlanVersion.findNumber(plan, Integer.parseInt(number))
          .orElseThrow(NotFoundException::new);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private static String name(Plan plan) {
    return "complychain-plan-"
        + plan.periodStart.getYear()
        + "-"
        + plan.id.toString().substring(0, 8);
  }

  private static Response json(ExchangeFile file, String name) {
    return download(ExchangeJson.write(file), "application/json", name + ".json");
  }

  private static Response zip(ExchangeFile file, String name) {
    return download(CsvZip.of(file), "application/zip", name + ".zip");
  }

  private static Response download(byte[] bytes, String type, String fileName) {
    return Response.ok(bytes, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
