package org.complychain.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public home page: what the tool does, in plain language. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index();
  }

  @GET
  public TemplateInstance index() {
    return Templates.index();
  }
}
