package org.complychain.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complychain.organisation.Organisation;
import org.complychain.security.Role;

/** Administration: the organisations on this instance and their members. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

  /** One organisation as the admin list shows it. */
  public record OrganisationRow(String name, long members) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<OrganisationRow> organisations);
  }

  @GET
  public TemplateInstance index() {
    List<OrganisationRow> rows =
        Organisation.listByName().stream()
            .map(o -> new OrganisationRow(o.name, o.memberCount()))
            .toList();
    return Templates.index(rows);
  }
}
