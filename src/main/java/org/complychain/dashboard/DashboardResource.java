package org.complychain.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complychain.organisation.Invitation;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanViews;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;

/** The signed-in start page: who you are, your organisation and its plans. */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

  @Inject CurrentUser user;
  @Inject PlanViews plans;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        String name,
        List<Role> roles,
        Organisation organisation,
        boolean needsOrganisation,
        List<PlanViews.PlanCard> plans,
        List<Invitation> invitations);
  }

  @GET
  public TemplateInstance index() {
    Organisation organisation = user.organisation().orElse(null);
    boolean needsOrganisation = user.has(Role.COMPANY) && organisation == null;
    List<PlanViews.PlanCard> list =
        organisation != null && user.has(Role.COMPANY)
            ? plans.cards(organisation, Plan.listFor(organisation))
            : List.of();
    // Invitations wait for the invited person's answer here, the page every sign-in lands on.
    List<Invitation> invitations =
        needsOrganisation ? Invitation.pendingFor(user.username()) : List.of();
    return Templates.index(
        user.displayName(), user.roles(), organisation, needsOrganisation, list, invitations);
  }
}
