package org.complychain.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.security.Role;
import org.jboss.resteasy.reactive.RestForm;

/**
 * One click from a risk on the risk-assessment page: a corrective action pre-filled with the
 * supplier and its risk, then its edit page, to adjust before relying on it. The plan and the
 * supplier must both be the member's organisation's; a frozen plan refuses it with 409.
 */
@Path("/plans/{plan}/risk-actions")
@RolesAllowed(Role.COMPANY_NAME)
public class RiskActionResource {

  @Inject PlanAccess access;
  @Inject RiskActions actions;

  @POST
  public Response open(@PathParam("plan") String planId, @RestForm("supplier") String supplier) {
    Plan plan = access.plan(planId);
    access.requireEditable(plan);
    UUID actionId =
        actions
            .open(
                plan.id,
                plan.organisation.id,
                RiskIds.uuid(supplier),
                access.actor(),
                access.lang())
            .orElseThrow(NotFoundException::new);
    return Response.seeOther(
            URI.create("/plans/" + plan.id + "/actions/" + actionId + "?from=question"))
        .build();
  }
}
