package org.complychain.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.complychain.security.Role;

/** The auditor's workspace: plans submitted for review land here. */
@Path("/audit")
@RolesAllowed(Role.AUDITOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index();
  }

  @GET
  public TemplateInstance index() {
    return Templates.index();
  }
}
