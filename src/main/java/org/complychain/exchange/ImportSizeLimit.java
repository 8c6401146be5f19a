package org.complychain.exchange;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.complychain.web.Languages;

/**
 * Answers an import far above the limit with our own page, in the reader's language, before the
 * body is stored. Without it the HTTP layer's body limit (set for evidence uploads) answers a bare
 * 413. The body is read and dropped up to a bound so that the browser gets to read the page; a
 * sender going on beyond that is cut off.
 */
@ApplicationScoped
public class ImportSizeLimit {

  /** Room for the multipart envelope around a file at the limit. */
  static final long MAX_BODY = ExchangeResource.MAX_IMPORT_BYTES + 64 * 1024;

  /** How much of a refused body is read (and dropped) before the connection is closed. */
  static final long MAX_DRAIN = 256L * 1024 * 1024;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tooLarge(String lang, String max);
  }

  /** Runs before the HTTP layer's own body limit (route order -2). */
  void install(@Observes Router router) {
    router.post("/exchange/import").order(-3).handler(this::check);
  }

  void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    long length = length(request.getHeader("Content-Length"));
    if (length <= MAX_BODY) {
      ctx.next();
      return;
    }
    Cookie cookie = request.getCookie(Languages.COOKIE);
    Locale locale =
        Languages.resolve(
            cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    String page =
        Templates.tooLarge(locale.getLanguage(), ExchangeResource.MAX_IMPORT_TEXT)
            .setLocale(locale)
            .render();
    long[] drained = {0};
    request.handler(
        chunk -> {
          drained[0] += chunk.length();
          if (drained[0] > MAX_DRAIN) {
            request.connection().close();
          }
        });
    request.endHandler(
        done ->
            ctx.response()
                .setStatusCode(413)
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Connection", "close")
                .end(page));
    request.resume();
  }

  /** The declared length; a body without one (chunked) is left to the HTTP layer's limit. */
  private static long length(String header) {
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
