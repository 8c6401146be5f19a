package org.complychain.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.complychain.security.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells browsers and caches which language a page was rendered in, that pages are UTF-8, and that
 * nothing shown to a signed-in person may be stored by a cache.
 */
public class LocaleResponseFilter {

  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  @Inject RequestLocale locale;
  @Inject CurrentUser user;

  @ServerResponseFilter
  public void describeLanguage(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    Object entity = response.getEntity();
    boolean page = entity instanceof TemplateInstance;
    if (!page && (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE))) {
      if (user.signedIn() && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
      }
      return;
    }
    if (page) {
      // A page inside a Response would be written as @Produces says, without a charset.
      response.setEntity(
          ((TemplateInstance) entity).render(), response.getEntityAnnotations(), HTML);
    } else if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
      response.setEntity(entity, response.getEntityAnnotations(), HTML);
    }
    response.getHeaders().putSingle("Content-Language", locale.tag());
    response.getHeaders().putSingle("Vary", "Accept-Language, Cookie");
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
