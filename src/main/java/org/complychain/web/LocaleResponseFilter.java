package org.complychain.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Tells browsers and caches which language a page was rendered in. */
public class LocaleResponseFilter {

  @Inject RequestLocale locale;

  @ServerResponseFilter
  public void describeLanguage(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
      response.getHeaders().putSingle("Content-Language", locale.tag());
      response.getHeaders().putSingle("Vary", "Accept-Language, Cookie");
      response.getHeaders().putSingle("Cache-Control", "no-store");
    }
  }
}
