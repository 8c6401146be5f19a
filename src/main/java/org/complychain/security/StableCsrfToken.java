package org.complychain.security;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the signed CSRF token stable across pages. With a signature key, Quarkus's CSRF filter
 * cannot read the token back from its (signed) cookie, so it makes a new one on every page, and a
 * form opened in one tab fails once another page was opened. We keep the unsigned token in a cookie
 * of our own and, on page loads only, hand it to the filter as the token header: the filter checks
 * it against the signed cookie and then reuses it. Unsafe requests are never touched, so they still
 * need the form's token.
 */
@ApplicationScoped
public class StableCsrfToken {

  /** Before the REST layer, where the CSRF filter runs. */
  private static final int PRIORITY = 80;

  static final String RAW_COOKIE = "cc-csrf";

  /** The routing-context key under which Quarkus's CSRF filter leaves the page's token. */
  private static final String TOKEN_KEY = "csrf_token";

  @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
  Optional<String> key;

  @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
  String cookieName;

  @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
  String headerName;

  @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "2H")
  Duration maxAge;

  @ConfigProperty(name = "complychain.session.secure-cookies", defaultValue = "false")
  boolean secure;

  void register(@Observes Filters filters) {
    if (key.filter(k -> !k.isBlank()).isPresent()) {
      filters.register(this::keep, PRIORITY);
    }
  }

  private void keep(RoutingContext ctx) {
    HttpMethod method = ctx.request().method();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
      Cookie signed = ctx.request().getCookie(cookieName);
      Cookie raw = ctx.request().getCookie(RAW_COOKIE);
      ctx.request().headers().remove(headerName);
      if (signed != null && raw != null && matches(raw.getValue(), signed.getValue())) {
        ctx.request().headers().set(headerName, raw.getValue());
      }
    }
    ctx.addHeadersEndHandler(v -> remember(ctx));
    ctx.next();
  }

  private void remember(RoutingContext ctx) {
    Object token = ctx.get(TOKEN_KEY);
    if (token instanceof String value) {
      ctx.response()
          .addCookie(
              Cookie.cookie(RAW_COOKIE, value)
                  .setPath("/")
                  .setHttpOnly(true)
                  .setSameSite(CookieSameSite.LAX)
                  .setSecure(secure)
                  .setMaxAge(maxAge.toSeconds()));
    }
  }

  private boolean matches(String raw, String signed) {
    try {
      return CsrfTokenUtils.signCsrfToken(raw, key.get()).equals(signed);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
