package org.complychain.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.complychain.organisation.OrganisationService.MemberChange;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;

/**
 * An administrator confirms a pending invitation for a person who cannot (or has not yet) signed in
 * to accept it. The same refusals apply as to an acceptance.
 */
@Path("/admin/organisations/{id}/invitations/{invitation}/confirm")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class PendingMembershipResource {

  static final String CONFIRMED = "invitation-confirmed";

  @Inject CurrentUser user;
  @Inject AdminService admin;

  @POST
  public Response confirm(@PathParam("id") String id, @PathParam("invitation") String invitation) {
    UUID organisationId = uuid(id);
    MemberChange change =
        admin.confirmInvitation(user.username(), organisationId, uuid(invitation));
    if (change == MemberChange.NOT_FOUND) {
      throw new NotFoundException();
    }
    if (change != MemberChange.DONE) {
      throw new ClientErrorException(Response.Status.CONFLICT);
    }
    return Response.seeOther(
            URI.create(
                "/admin/organisations/" + organisationId + "?done=" + CONFIRMED + "#members"))
        .build();
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }
}
