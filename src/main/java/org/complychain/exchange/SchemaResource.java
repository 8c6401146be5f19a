package org.complychain.exchange;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.complychain.web.RequestLocale;

/**
 * The published format of exports, for anyone: the JSON Schema at a stable address (a version's
 * schema never changes, so caches may keep it) and a page explaining the fields in words.
 */
@Path("/exchange/schema")
@PermitAll
public class SchemaResource {

  private static final byte[] SCHEMA_V1 = load("exchange/schema-v1.json");

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(String schemaUrl, List<Field> fields);
  }

  /** A field of the document and what it means, in the reader's language. */
  public record Field(String name, String meaning) {}

  @Inject RequestLocale locale;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance page() {
    ExchangeMessages m =
        MessageBundles.get(ExchangeMessages.class, Localized.Literal.of(locale.tag()));
    return Templates.page(
        "/exchange/schema/v1.json",
        List.of(
            new Field("schemaVersion", m.schema_f_schemaVersion()),
            new Field("scope", m.schema_f_scope()),
            new Field("exportedAt", m.schema_f_exportedAt()),
            new Field("frozenVersion", m.schema_f_frozenVersion()),
            new Field("organisation", m.schema_f_organisation()),
            new Field("suppliers", m.schema_f_suppliers()),
            new Field("plans", m.schema_f_plans()),
            new Field("plans[].answers", m.schema_f_answers()),
            new Field("plans[].actions", m.schema_f_actions()),
            new Field("plans[].evidence", m.schema_f_evidence()),
            new Field("plans[].versions", m.schema_f_versions())));
  }

  @GET
  @Path("v1.json")
  public Response v1() {
    return Response.ok(SCHEMA_V1, "application/schema+json")
        .header("Cache-Control", "public, max-age=86400")
        .build();
  }

  private static byte[] load(String resource) {
    try (InputStream in = SchemaResource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
