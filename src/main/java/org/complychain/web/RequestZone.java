package org.complychain.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The reader's time zone: the one their browser reported in a cookie (set by {@code
 * /static/app.js}), or UTC when there is none or it names no known zone.
 */
@RequestScoped
public class RequestZone {

  /** Cookie holding the browser's IANA zone name, e.g. Europe/Madrid. */
  public static final String COOKIE = "tz";

  @Inject CurrentVertxRequest request;

  private ZoneId zone;

  public ZoneId get() {
    if (zone == null) {
      RoutingContext ctx = request.getCurrent();
      Cookie cookie = ctx == null ? null : ctx.request().getCookie(COOKIE);
      zone = cookie == null ? ZoneOffset.UTC : parse(cookie.getValue());
    }
    return zone;
  }

  static ZoneId parse(String value) {
    if (value == null || value.length() > 64 || !value.matches("[A-Za-z0-9_+\\-/]+")) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
