package org.complychain.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Deque;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a query or form that no browser sends: broken percent-encoding, or control characters
 * (NUL above all, which PostgreSQL refuses). It runs before the CSRF check and every resource, so
 * such input ends as a 400 page here instead of as an exception deep inside.
 */
public class MalformedInput {

  /** The form field of quarkus-rest-csrf, which decodes it as base64url before comparing. */
  private static final String CSRF_FIELD = "csrf-token";

  /** Where quarkus-rest-csrf decodes the token it signs. */
  private static final String CSRF_DECODER = "io.quarkus.csrf.reactive.runtime.CsrfTokenUtils";

  /** Forms are parsed before filters run; a broken escape there fails in this class's frames. */
  private static final String FORM_DECODER = "org.jboss.resteasy.reactive.common.util.URLUtils";

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
  @WithFormRead
  public Response refuse(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
    if (!queryAcceptable(routing.request().query()) || !formAcceptable(context)) {
      return ErrorPages.page(Response.Status.BAD_REQUEST.getStatusCode());
    }
    return null;
  }

  /**
   * Whether an exception is the sender's malformed input found by Quarkus itself: a form's broken
   * percent-encoding, found while parsing the body, or a CSRF token that is no base64url, found by
   * the CSRF filter on routes whose form this filter does not see.
   */
  static boolean isFormDecodingFailure(IllegalArgumentException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(FORM_DECODER) || frame.getClassName().equals(CSRF_DECODER)) {
        return true;
      }
    }
    return false;
  }

  static boolean queryAcceptable(String query) {
    if (query == null || query.isEmpty()) {
      return true;
    }
    for (String pair : query.split("&")) {
      try {
        if (hasControl(URLDecoder.decode(pair, StandardCharsets.UTF_8), false)) {
          return false;
        }
      } catch (IllegalArgumentException broken) {
        return false;
      }
    }
    return true;
  }

  private static boolean formAcceptable(ResteasyReactiveContainerRequestContext context) {
    var form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
    if (form == null) {
      return true;
    }
    for (String name : form) {
      if (hasControl(name, false)) {
        return false;
      }
      Deque<FormValue> values = form.get(name);
      for (FormValue value : values) {
        if (!value.isFileItem()
            && (hasControl(value.getValue(), true)
                || (CSRF_FIELD.equals(name) && !decodableToken(value.getValue())))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A CSRF token that is not base64url makes the CSRF filter fail with an exception (a 500) when
   * tokens are signed; no page of ours ever sends one, so it is malformed input.
   */
  static boolean decodableToken(String token) {
    try {
      return Base64.getUrlDecoder().decode(token).length > 0;
    } catch (IllegalArgumentException broken) {
      return false;
    }
  }

  /** Control characters; line breaks and tabs are allowed where several lines are (form text). */
  static boolean hasControl(String text, boolean multiLine) {
    return text.chars()
        .anyMatch(
            c ->
                Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\n' || c == '\r' || c == '\t')));
  }
}
