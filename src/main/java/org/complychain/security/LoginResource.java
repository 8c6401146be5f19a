package org.complychain.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.complychain.system.AppConfig;

/**
 * The demo's login form and sign-out. In production sign-in goes to the OIDC provider, which also
 * handles {@code /logout} before this resource is reached.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

  @Inject AppConfig config;
  @Inject CurrentUser user;

  @Inject CurrentVertxRequest request;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(boolean failed, boolean demo);
  }

  @GET
  @Path("login")
  public Response login(@QueryParam("error") String error) {
    if (!config.auth().formLogin() || user.signedIn()) {
      return Response.seeOther(URI.create("/dashboard")).build();
    }
    return Response.ok(Templates.login(error != null, config.demo().enabled())).build();
  }

  @POST
  @Path("logout")
  public Response logout() {
    if (user.signedIn()) {
      FormAuthenticationMechanism.logout(request.getCurrent());
    }
    return Response.seeOther(URI.create("/")).build();
  }
}
