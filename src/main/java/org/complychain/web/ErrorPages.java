package org.complychain.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Localised error pages: a status, a plain explanation, a way home. Never a stack trace. */
public class ErrorPages {

  private static final Logger LOG = Logger.getLogger(ErrorPages.class);

  @CheckedTemplate(basePath = "errors")
  static class Templates {
    static native TemplateInstance error(int status);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return page(Response.Status.FORBIDDEN.getStatusCode());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return page(Response.Status.NOT_FOUND.getStatusCode());
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e) {
    return page(Response.Status.METHOD_NOT_ALLOWED.getStatusCode());
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    return page(status);
  }

  /**
   * A form with broken percent-encoding fails while Quarkus parses it, before {@link
   * MalformedInput} sees it: the sender's mistake, answered with 400 and not logged as an error.
   */
  @ServerExceptionMapper
  public Response illegalArgument(IllegalArgumentException e) {
    if (MalformedInput.isFormDecodingFailure(e)) {
      LOG.debug("Form with broken percent-encoding refused", e);
      return page(Response.Status.BAD_REQUEST.getStatusCode());
    }
    return unexpected(e);
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("Unexpected error", e);
    return page(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode());
  }

  /**
   * The localised error page for a status. Rendered here rather than left to the writer, so that a
   * filter's refusal (which skips the template handling of resource methods) gets the same page;
   * other features add their own headers to it.
   */
  public static Response page(int status) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html(status))
        .build();
  }

  static String html(int status) {
    return Templates.error(status).render();
  }
}
