package org.complychain.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** The language of the current request, resolved once. */
@RequestScoped
public class RequestLocale {

  @Inject CurrentVertxRequest request;

  private Locale locale;

  public Locale get() {
    if (locale == null) {
      RoutingContext ctx = request.getCurrent();
      if (ctx == null) {
        locale = Languages.DEFAULT;
      } else {
        Cookie cookie = ctx.request().getCookie(Languages.COOKIE);
        locale =
            Languages.resolve(
                cookie == null ? null : cookie.getValue(),
                ctx.request().getHeader("Accept-Language"));
      }
    }
    return locale;
  }

  public String tag() {
    return get().getLanguage();
  }
}
