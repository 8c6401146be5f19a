package org.complychain.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The cookies that make up a sign-in: setting the session's, and removing all of them. */
@ApplicationScoped
public class SessionCookies {

  /** Carries the token of typed text kept from an ended session to the next sign-in. */
  static final String DRAFT = "cc-draft";

  private static final String OIDC_SESSION_PREFIX = "q_session";

  @Inject SessionConfig config;

  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
  String credentialCookie;

  String sessionName() {
    return config.cookieName();
  }

  void setSession(RoutingContext ctx, UUID id) {
    ctx.response().addCookie(cookie(config.cookieName(), id.toString()));
  }

  void setDraft(RoutingContext ctx, UUID token) {
    ctx.response()
        .addCookie(cookie(DRAFT, token.toString()).setMaxAge(config.draftLifetime().toSeconds()));
  }

  void clearDraft(RoutingContext ctx) {
    ctx.response().addCookie(cookie(DRAFT, "").setMaxAge(0));
  }

  /** Removes every sign-in cookie: the form's, the session's and the OIDC provider's. */
  void clearAll(RoutingContext ctx) {
    // Not FormAuthenticationMechanism.logout: it fails where the form mechanism never started
    // (OIDC).
    ctx.response().addCookie(cookie(credentialCookie, "").setMaxAge(0));
    ctx.response().addCookie(cookie(config.cookieName(), "").setMaxAge(0));
    for (String name : ctx.request().cookieMap().keySet()) {
      if (name.startsWith(OIDC_SESSION_PREFIX)) {
        ctx.response().addCookie(cookie(name, "").setMaxAge(0));
      }
    }
  }

  private Cookie cookie(String name, String value) {
    return Cookie.cookie(name, value)
        .setPath("/")
        .setHttpOnly(true)
        .setSameSite(CookieSameSite.LAX)
        .setSecure(config.secureCookies());
  }
}
