package org.complychain.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which server-side session a request belongs to. The login form starts a session and hands its id
 * over in a cookie of its own; an OIDC sign-in is one session of the identity provider (its {@code
 * sid}, or the ID token itself when the provider gives none), registered on first sight.
 */
record SessionKey(UUID id, boolean oidc) {

  static Optional<SessionKey> of(SecurityIdentity identity, RoutingContext ctx, String cookie) {
    Optional<SessionKey> oidc = oidc(identity);
    if (oidc.isPresent()) {
      return oidc;
    }
    Cookie value = ctx.request().getCookie(cookie);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SessionKey(UUID.fromString(value.getValue()), false));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The session of an identity signed in through the OIDC provider, if it is one. */
  static Optional<SessionKey> oidc(SecurityIdentity identity) {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Optional.empty();
    }
    String sid = token.getClaim("sid");
    String basis = sid != null && !sid.isBlank() ? "sid:" + sid : "token:" + token.getRawToken();
    return Optional.of(
        new SessionKey(UUID.nameUUIDFromBytes(basis.getBytes(StandardCharsets.UTF_8)), true));
  }
}
