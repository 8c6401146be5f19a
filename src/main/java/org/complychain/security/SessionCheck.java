package org.complychain.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.complychain.web.SafeRedirect;

/**
 * Ends sessions on the server: every signed-in request must belong to a session that was not signed
 * out, idle too long or started too long ago. A copy of an old cookie is therefore worthless. A
 * form posted after its session ended is kept for its owner (see {@link FormDrafts}).
 */
@ApplicationScoped
public class SessionCheck {

  /** After authentication (200) and authorisation (100), so the identity is known. */
  private static final int CHECK_PRIORITY = 90;

  /** Before authentication: the built-in form post, which skips our checks, is switched off. */
  private static final int BUILT_IN_FORM_PRIORITY = 250;

  static final String BUILT_IN_FORM_POST = "/j_security_check";

  /** Style sheets and images are public; checking the session for them would only cost reads. */
  private static final String STATIC = "/static/";

  @Inject AppSessions sessions;
  @Inject SessionCookies cookies;
  @Inject FormDrafts drafts;

  void register(@Observes Filters filters) {
    filters.register(this::refuseBuiltInFormPost, BUILT_IN_FORM_PRIORITY);
    filters.register(this::check, CHECK_PRIORITY);
  }

  private void refuseBuiltInFormPost(RoutingContext ctx) {
    if (BUILT_IN_FORM_POST.equals(ctx.normalizedPath())) {
      ctx.response().setStatusCode(404).end();
    } else {
      ctx.next();
    }
  }

  private void check(RoutingContext ctx) {
    SecurityIdentity identity =
        ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    if (identity == null
        || identity.isAnonymous()
        || bearer(identity)
        || LoginResource.isSignInOrOut(ctx)
        || ctx.normalizedPath().startsWith(STATIC)) {
      ctx.next();
      return;
    }
    String name = identity.getPrincipal().getName();
    Optional<SessionKey> key = SessionKey.of(identity, ctx, cookies.sessionName());
    if (key.isEmpty()) {
      reject(ctx, Optional.empty());
      return;
    }
    ctx.request().pause();
    ctx.vertx()
        .executeBlocking(() -> sessions.check(key.get().id(), name, key.get().oidc()), false)
        .onComplete(
            result -> {
              if (result.failed()) {
                ctx.fail(result.cause());
              } else if (result.result().valid()) {
                ctx.next();
              } else {
                reject(ctx, result.result().identity());
              }
            });
  }

  /**
   * A program calling the API with an access token has no session: the token carries its own
   * expiry, checked by the OIDC extension on every request.
   */
  static boolean bearer(SecurityIdentity identity) {
    return identity.getCredential(AccessTokenCredential.class) != null
        && identity.getCredential(IdTokenCredential.class) == null;
  }

  /** Signs the browser out and sends it on; a posted form is kept for the session's owner. */
  private void reject(RoutingContext ctx, Optional<String> owner) {
    cookies.clearAll(ctx);
    HttpMethod method = ctx.request().method();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
      redirect(ctx, 302, SafeRedirect.localPath(ctx.request().uri()));
    } else if (method == HttpMethod.POST && owner.isPresent() && isUrlEncodedForm(ctx)) {
      keepThenSignIn(ctx, owner.get());
    } else if (method == HttpMethod.POST) {
      redirect(ctx, 303, LoginResource.EXPIRED_PAGE);
    } else {
      ctx.response().setStatusCode(401).end();
    }
  }

  private void keepThenSignIn(RoutingContext ctx, String owner) {
    String path = ctx.normalizedPath();
    ctx.request()
        .body()
        .compose(
            body ->
                ctx.vertx().executeBlocking(() -> drafts.keep(owner, path, body.toString()), false))
        .onComplete(
            kept -> {
              if (kept.succeeded() && kept.result().isPresent()) {
                cookies.setDraft(ctx, kept.result().get());
              }
              redirect(ctx, 303, LoginResource.EXPIRED_PAGE);
            });
    ctx.request().resume();
  }

  /** A form of reasonable size, as a person fills in; anything else is not kept. */
  private static boolean isUrlEncodedForm(RoutingContext ctx) {
    String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    return type != null
        && type.startsWith("application/x-www-form-urlencoded")
        && length != null
        && length.matches("\\d{1,9}")
        && Integer.parseInt(length) <= FormDrafts.MAX_BYTES;
  }

  private static void redirect(RoutingContext ctx, int status, String location) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.LOCATION, location).end();
  }
}
