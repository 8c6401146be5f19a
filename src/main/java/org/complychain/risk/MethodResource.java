package org.complychain.risk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.complychain.security.Role;

/** The screening method in words, with the edition in force; no organisation's data. */
@Path("/risk/method")
@RolesAllowed({Role.COMPANY_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class MethodResource {

  @Inject Editions editions;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance method(ReferenceData edition);
  }

  @GET
  public TemplateInstance method() {
    return Templates.method(editions.active().orElseThrow());
  }
}
