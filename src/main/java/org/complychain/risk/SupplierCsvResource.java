package org.complychain.risk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
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
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.complychain.evidence.FileNames;
import org.complychain.organisation.Organisation;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;

/**
 * Supplier CSV files of the signed-in member's organisation: export, a template per language, and
 * import through a preview. An upload is kept server-side under a random token, visible only to the
 * person and organisation that uploaded it; anyone else's token answers 404.
 */
@Path(SupplierCsvResource.UPLOAD_PATH)
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class SupplierCsvResource {

  static final String UPLOAD_PATH = "/risk/suppliers/csv";

  /** Largest file accepted: about 20,000 rows of a generous register. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  static final String MAX_SIZE = "5 MB";

  /** Problems and rows shown on the preview; the counts are always complete. */
  static final int SHOWN = 200;

  private static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

  @Inject CurrentUser user;
  @Inject SupplierCsvService csv;
  @Inject SupplierPages pages;

  /** The upload page: the format, the template link and the file field with its error. */
  @TemplateData
  public record ImportPage(FormErrors errors, String maxSize, int maxRows, String columns) {}

  /** A row to be added, as the preview lists it. */
  @TemplateData
  public record PreviewRow(int row, String name, String country, String tier, String goods) {}

  /** The preview of an upload. */
  @TemplateData
  public record PreviewPage(
      UUID token,
      String fileName,
      int rowCount,
      int addCount,
      int errorCount,
      List<SupplierCsvReader.RowError> errors,
      List<PreviewRow> rows,
      int shown) {

    public boolean ready() {
      return errorCount == 0;
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance upload(ImportPage page);

    static native TemplateInstance preview(PreviewPage page);
  }

  @GET
  public Response importPage(@QueryParam("refused") String refused) {
    return forMember(
        org -> {
          FormErrors errors = new FormErrors();
          if ("too-large".equals(refused)) {
            errors.add("file", pages.messages().csv_error_too_large(MAX_SIZE));
          }
          return Response.ok(page(errors)).build();
        });
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@BeanParam CsvUpload upload) {
    return forMember(
        org -> {
          RiskMessages m = pages.messages();
          FormErrors errors = new FormErrors();
          if (upload.file == null || upload.file.uploadedFile() == null) {
            errors.add("file", m.csv_error_file_missing());
            return refused(errors);
          }
          if (upload.file.size() > MAX_BYTES) {
            errors.add("file", m.csv_error_too_large(MAX_SIZE));
            return refused(errors);
          }
          try {
            String text = CsvDecoding.decode(Files.readAllBytes(upload.file.uploadedFile()));
            csv.check(org.id, text, m, pages.lang());
            UUID token = csv.store(org.id, user.username(), fileName(upload.file.fileName()), text);
            return redirect(UPLOAD_PATH + "/" + token);
          } catch (CsvRefused e) {
            errors.add("file", refusal(m, e));
            return refused(errors);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @GET
  @Path("{token}")
  public Response preview(@PathParam("token") String token) {
    return forMember(
        org -> {
          SupplierCsvService.Preview p =
              csv.preview(
                      RiskIds.uuid(token), org.id, user.username(), pages.messages(), pages.lang())
                  .orElseThrow(NotFoundException::new);
          return Response.ok(
                  Templates.preview(previewPage(RiskIds.uuid(token), p.fileName(), p.result())))
              .build();
        });
  }

  @POST
  @Path("{token}")
  public Response confirm(@PathParam("token") String token) {
    return forMember(
        org -> {
          UUID id = RiskIds.uuid(token);
          SupplierCsvService.Outcome outcome =
              csv.commit(id, org.id, user.username(), pages.messages(), pages.lang())
                  .orElseThrow(NotFoundException::new);
          if (!outcome.result().errors().isEmpty()) {
            // The register changed since the preview (a supplier added by hand): nothing saved.
            return Response.status(Response.Status.CONFLICT)
                .entity(Templates.preview(previewPage(id, outcome.fileName(), outcome.result())))
                .build();
          }
          return redirect("/risk/suppliers?done=imported");
        });
  }

  @POST
  @Path("{token}/discard")
  public Response discard(@PathParam("token") String token) {
    return forMember(
        org -> {
          if (!csv.discard(RiskIds.uuid(token), org.id, user.username())) {
            throw new NotFoundException();
          }
          return redirect(UPLOAD_PATH);
        });
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  public Response export(@BeanParam SupplierQuery query) {
    return forMember(
        org ->
            download(
                csv.export(org.id, query, pages.messages(), pages.lang()),
                pages.messages().csv_export_file() + "-" + LocalDate.now() + ".csv"));
  }

  @GET
  @Path("template")
  @Produces("text/csv")
  public Response template() {
    return forMember(
        org ->
            download(
                new SupplierCsvWriter(pages.messages(), pages.lang()).template(),
                pages.messages().csv_template_file() + "-" + pages.lang() + ".csv"));
  }

  private PreviewPage previewPage(UUID token, String fileName, SupplierCsvReader.Result result) {
    String lang = pages.lang();
    String unnamed = pages.messages().unnamed_sourcing();
    List<PreviewRow> rows =
        result.rows().stream()
            .limit(SHOWN)
            .map(
                r ->
                    new PreviewRow(
                        r.row(),
                        r.form().name.isEmpty() ? unnamed : r.form().name,
                        RiskText.country(r.form().country, lang),
                        r.form().tier,
                        goods(r.form(), lang)))
            .toList();
    return new PreviewPage(
        token,
        fileName,
        result.rowCount(),
        result.rows().size(),
        result.errors().size(),
        result.errors().stream().limit(SHOWN).toList(),
        rows,
        SHOWN);
  }

  private static String goods(SupplierForm form, String lang) {
    return Stream.concat(
            form.goods.stream().map(k -> GoodNames.name(k, k, lang)),
            form.goodsText.isEmpty() ? Stream.empty() : Stream.of(form.goodsText))
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private TemplateInstance page(FormErrors errors) {
    RiskMessages m = pages.messages();
    String columns =
        Stream.of(CsvColumn.values())
            .map(c -> c.header(m))
            .reduce((a, b) -> a + " · " + b)
            .orElse("");
    return Templates.upload(new ImportPage(errors, MAX_SIZE, SupplierCsvReader.MAX_ROWS, columns));
  }

  private Response refused(FormErrors errors) {
    return Response.status(Response.Status.BAD_REQUEST).entity(page(errors)).build();
  }

  static String refusal(RiskMessages m, CsvRefused e) {
    return switch (e.reason) {
      case EMPTY -> m.csv_error_empty();
      case BINARY -> m.csv_error_binary();
      case ENCODING -> m.csv_error_encoding();
      case QUOTES -> m.csv_error_quotes(e.detail);
      case NO_ROWS -> m.csv_error_no_rows();
      case TOO_MANY_ROWS -> m.csv_error_too_many_rows(SupplierCsvReader.MAX_ROWS);
      case MISSING_COLUMNS -> m.csv_error_missing_columns(e.detail);
    };
  }

  private static String fileName(String name) {
    String safe = FileNames.sanitise(name == null ? "" : name);
    return safe.length() > SupplierImport.FILE_NAME_MAX
        ? safe.substring(0, SupplierImport.FILE_NAME_MAX)
        : safe;
  }

  private static Response download(byte[] bytes, String fileName) {
    return Response.ok(bytes, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private Response forMember(Function<Organisation, Response> action) {
    return user.organisation().map(action).orElseGet(() -> redirect("/organisation/new"));
  }

  private static Response redirect(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
