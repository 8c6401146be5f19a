package org.complychain.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.complychain.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The CSRF check refuses a post with a bare, empty 400 (the browser then shows its own error and
 * the typed form is lost). This turns that refusal into our page. A signed-in person posting from
 * our own pages, whose CSRF cookie expired or went missing, gets what they typed back as hidden
 * fields of a fresh form with a fresh token, and saves it again with one button: nothing is saved
 * before they press it. Anyone else gets the plain localised 400 page.
 */
public class CsrfRefusal {

  /** Set by the CSRF filter when the token matched; absent on a post it refused. */
  private static final String VERIFIED = "csrf_token_verified";

  /* The CSRF extension's own keys: a token put here is set as its cookie by its response filter. */
  private static final String TOKEN = "csrf_token";
  private static final String TOKEN_BYTES = "csrf_token_bytes";
  private static final String NEW_COOKIE = "true";

  private final SecureRandom random = new SecureRandom();

  @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
  int tokenSize;

  @Inject CurrentUser user;
  @Inject CsrfTokenParameterProvider csrf;

  /** One typed value, sent back unchanged (Qute escapes it in the page). */
  public record Field(String name, String value) {}

  @CheckedTemplate(basePath = "errors")
  static class Templates {
    static native TemplateInstance resubmit(String action, List<Field> fields);
  }

  /** Runs before the CSRF extension's response filter, which then sets the fresh cookie. */
  @ServerResponseFilter(priority = Priorities.USER + 100)
  public void explain(
      ResteasyReactiveContainerRequestContext request,
      ContainerResponseContext response,
      RoutingContext routing) {
    if (!"POST".equals(request.getMethod())
        || response.getStatus() != 400
        || response.hasEntity()
        || routing.get(VERIFIED) != null) {
      return;
    }
    String html;
    if (user.signedIn() && sameOrigin(routing)) {
      freshToken(routing);
      html = Templates.resubmit(action(routing), typed(request)).render();
    } else {
      html = ErrorPages.html(400);
    }
    response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
  }

  private List<Field> typed(ResteasyReactiveContainerRequestContext request) {
    var form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
    List<Field> fields = new ArrayList<>();
    if (form == null) {
      return fields;
    }
    for (String name : form) {
      if (name.equals(csrf.getParameterName())) {
        continue;
      }
      for (FormValue value : form.get(name)) {
        if (!value.isFileItem()) {
          fields.add(new Field(name, value.getValue()));
        }
      }
    }
    return fields;
  }

  /** The form goes back where it was posted: a local path of this site. */
  private static String action(RoutingContext routing) {
    return SafeRedirect.localPath(routing.request().uri());
  }

  /**
   * Browsers say where a form came from in {@code Origin}, or at least in {@code Sec-Fetch-Site}.
   */
  private static boolean sameOrigin(RoutingContext routing) {
    String origin = routing.request().getHeader("Origin");
    String host = routing.request().getHeader("Host");
    if (origin == null || origin.equals("null")) {
      return "same-origin".equals(routing.request().getHeader("Sec-Fetch-Site"));
    }
    try {
      String authority = URI.create(origin).getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void freshToken(RoutingContext routing) {
    byte[] token = new byte[tokenSize];
    random.nextBytes(token);
    routing.put(TOKEN_BYTES, token);
    routing.put(TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    routing.put(NEW_COOKIE, true);
  }
}
