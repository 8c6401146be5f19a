package org.complychain.security;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;

/**
 * Refuses a post that a browser says came from another site: the {@code Sec-Fetch-Site} header
 * where the browser sends it, else the {@code Origin} header compared with our own host.
 */
final class SameOrigin {

  private SameOrigin() {}

  static boolean allows(HttpServerRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      String host = URI.create(origin).getAuthority();
      return host != null && host.equalsIgnoreCase(request.host());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
