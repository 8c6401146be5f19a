package org.complychain.organisation;

import io.quarkus.security.ForbiddenException;
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
import org.complychain.organisation.OrganisationService.MemberChange;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;

/**
 * The invited person's answer, given on their dashboard: only acceptance makes them a member.
 * Someone holding the auditor or administrator role cannot accept.
 */
@Path("/invitations/{id}")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class InvitationResource {

  @Inject CurrentUser user;
  @Inject OrganisationService service;

  @POST
  @Path("accept")
  public Response accept(@PathParam("id") String id) {
    if (user.has(Role.AUDITOR) || user.has(Role.ADMIN)) {
      throw new ForbiddenException();
    }
    MemberChange change = service.accept(OrganisationResource.uuid(id), user.username());
    return switch (change) {
      case DONE -> Response.seeOther(URI.create("/organisation")).build();
      case NOT_FOUND -> throw new NotFoundException();
      default -> throw new ClientErrorException(Response.Status.CONFLICT);
    };
  }

  @POST
  @Path("decline")
  public Response decline(@PathParam("id") String id) {
    if (!service.decline(OrganisationResource.uuid(id), user.username())) {
      throw new NotFoundException();
    }
    return Response.seeOther(URI.create("/dashboard")).build();
  }
}
