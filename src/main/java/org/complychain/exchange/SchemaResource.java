package org.complychain.exchange;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
    static native TemplateInstance page();
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance page() {
    return Templates.page();
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
