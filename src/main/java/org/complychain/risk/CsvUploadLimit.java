package org.complychain.risk;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns away a supplier CSV that is too large before its body is read: the request's declared
 * length is enough. The person is sent back to the import page, which says why in their language,
 * instead of meeting the server's bare 413 after a long upload.
 */
@ApplicationScoped
public class CsvUploadLimit {

  /** Room for the form's other parts and the multipart boundaries around the file. */
  static final long OVERHEAD = 64 * 1024;

  /** Before authentication and the body handler, like the other early refusals. */
  private static final int PRIORITY = 240;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  private void check(RoutingContext ctx) {
    if ("POST".equals(ctx.request().method().name())
        && SupplierCsvResource.UPLOAD_PATH.equals(ctx.normalizedPath())
        && declaredLength(ctx) > SupplierCsvResource.MAX_BYTES + OVERHEAD) {
      ctx.response()
          .setStatusCode(303)
          .putHeader("Location", SupplierCsvResource.UPLOAD_PATH + "?refused=too-large")
          .putHeader("Connection", "close")
          .end();
    } else {
      ctx.next();
    }
  }

  private static long declaredLength(RoutingContext ctx) {
    try {
      String length = ctx.request().getHeader("Content-Length");
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
