package org.complychain.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.complychain.system.AppConfig;
import org.complychain.web.SafeRedirect;

/**
 * The login form and sign-out. Signing in checks the CSRF token (done by the CSRF filter for every
 * form), the origin and the failure limit before the password, then starts a server-side session.
 * In production sign-in goes to the OIDC provider, which also handles {@code /logout}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

  static final String PATH = "/login";
  static final String LOGOUT = "/logout";
  static final String EXPIRED_PAGE = PATH + "?expired=true";
  private static final int MAX_FIELD = 200;

  @Inject AppConfig config;
  @Inject CurrentUser user;
  @Inject CurrentVertxRequest request;
  @Inject IdentityProviderManager identities;
  @Inject SignInThrottle throttle;
  @Inject AppSessions sessions;
  @Inject CredentialCookie credential;
  @Inject SessionCookies cookies;
  @Inject SecurityIdentity identity;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(
        boolean failed, boolean refused, boolean expired, long lockedMinutes, boolean demo);
  }

  /** Sign-in and sign-out, which the session check lets through even when the session ended. */
  static boolean isSignInOrOut(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    return ctx.request().method() == HttpMethod.POST && (PATH.equals(path) || LOGOUT.equals(path));
  }

  @GET
  @Path("login")
  public Response login(@QueryParam("error") String error, @QueryParam("expired") String expired) {
    if (!config.auth().formLogin() || user.signedIn()) {
      return Response.seeOther(URI.create(next(request.getCurrent()))).build();
    }
    return Response.ok(page(error != null, false, expired != null, 0)).build();
  }

  @POST
  @Path("login")
  public Response signIn(
      @FormParam("j_username") String username, @FormParam("j_password") String password) {
    if (!config.auth().formLogin()) {
      throw new NotFoundException();
    }
    RoutingContext ctx = request.getCurrent();
    if (!SameOrigin.allows(ctx.request())) {
      return Response.status(Response.Status.FORBIDDEN).entity(page(false, true, false, 0)).build();
    }
    String account = username == null ? "" : username.strip();
    String address = ctx.request().remoteAddress().hostAddress();
    long locked = throttle.minutesLocked(account, address);
    if (locked > 0) {
      return Response.status(Response.Status.TOO_MANY_REQUESTS)
          .entity(page(false, false, false, locked))
          .build();
    }
    Optional<SecurityIdentity> identity = authenticate(account, password, ctx);
    if (identity.isEmpty()) {
      throttle.failed(account, address);
      return Response.seeOther(URI.create(PATH + "?error=true")).build();
    }
    throttle.succeeded(account);
    String name = identity.get().getPrincipal().getName();
    credential.save(identity.get(), ctx);
    cookies.setSession(ctx, sessions.start(name));
    return Response.seeOther(URI.create(next(ctx))).build();
  }

  @POST
  @Path("logout")
  public Response logout() {
    RoutingContext ctx = request.getCurrent();
    SessionKey.of(identity, ctx, cookies.sessionName()).ifPresent(key -> sessions.end(key.id()));
    cookies.clearAll(ctx);
    return Response.seeOther(URI.create("/")).build();
  }

  private Optional<SecurityIdentity> authenticate(
      String account, String password, RoutingContext ctx) {
    if (account.isEmpty()
        || password == null
        || account.length() > MAX_FIELD
        || password.length() > MAX_FIELD) {
      return Optional.empty();
    }
    var attempt =
        new UsernamePasswordAuthenticationRequest(
            account, new PasswordCredential(password.toCharArray()));
    HttpSecurityUtils.setRoutingContextAttribute(attempt, ctx);
    try {
      return Optional.ofNullable(identities.authenticateBlocking(attempt));
    } catch (AuthenticationFailedException e) {
      return Optional.empty();
    }
  }

  /** Back to kept typing, else where the sign-in page interrupted, else the dashboard. */
  private String next(RoutingContext ctx) {
    if (ctx.request().getCookie(SessionCookies.DRAFT) != null) {
      return KeptFormResource.PATH;
    }
    Cookie location = ctx.request().getCookie(credential.locationCookie());
    if (location == null) {
      return "/dashboard";
    }
    ctx.response().addCookie(Cookie.cookie(location.getName(), "").setPath("/").setMaxAge(0));
    try {
      URI uri = URI.create(location.getValue());
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return SafeRedirect.localPath(uri.getRawPath() + query);
    } catch (IllegalArgumentException e) {
      return "/dashboard";
    }
  }

  private TemplateInstance page(
      boolean failed, boolean refused, boolean expired, long lockedMinutes) {
    return Templates.login(failed, refused, expired, lockedMinutes, config.demo().enabled());
  }
}
