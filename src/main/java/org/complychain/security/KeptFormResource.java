package org.complychain.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complychain.security.FormDrafts.Draft;
import org.complychain.web.SafeRedirect;

/**
 * Gives back what someone typed when their session ended: the form's fields, ready to be posted
 * again to where they were going, after the person has checked the text. Never saved on its own.
 */
@Path(KeptFormResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class KeptFormResource {

  static final String PATH = "/kept";

  /** A field to post again; {@code typed} marks text a person wrote, shown for checking. */
  public record Field(String name, String value, boolean typed) {}

  @Inject FormDrafts drafts;
  @Inject SessionCookies cookies;
  @Inject CurrentUser user;
  @Inject CurrentVertxRequest request;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance kept(String action, List<Field> fields);
  }

  @GET
  public Response kept() {
    RoutingContext ctx = request.getCurrent();
    Cookie cookie = ctx.request().getCookie(SessionCookies.DRAFT);
    Optional<Draft> draft = Optional.empty();
    if (cookie != null) {
      cookies.clearDraft(ctx);
      draft = token(cookie.getValue()).flatMap(t -> drafts.take(t, user.username()));
    }
    if (draft.isEmpty()) {
      return Response.seeOther(URI.create("/dashboard")).build();
    }
    return Response.ok(
            Templates.kept(SafeRedirect.localPath(draft.get().path()), fields(draft.get())))
        .build();
  }

  private static List<Field> fields(Draft draft) {
    List<Field> fields = new ArrayList<>();
    draft
        .fields()
        .forEach(
            (name, values) ->
                values.forEach(value -> fields.add(new Field(name, value, typed(value)))));
    return fields;
  }

  /** Words a person wrote, as opposed to choices, numbers and other fields the page filled in. */
  private static boolean typed(String value) {
    return value.strip().contains(" ");
  }

  private static Optional<UUID> token(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
