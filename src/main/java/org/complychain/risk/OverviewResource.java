package org.complychain.risk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.RequestLocale;

/**
 * The signed-in member's screening at a glance: counts by level, a bar chart and a heat map of
 * countries × goods, drawn on the server as SVG with the same figures in text.
 */
@Path("/risk/overview")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

  @Inject CurrentUser user;
  @Inject RiskOverviews overviews;
  @Inject Editions editions;
  @Inject RequestLocale locale;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance overview(RiskOverview o, ReferenceData edition);
  }

  @GET
  public Response overview() {
    return user.organisation()
        .map(
            org ->
                Response.ok(
                        Templates.overview(
                            overviews.overview(org.id, locale.tag()),
                            editions.active().orElseThrow()))
                    .build())
        .orElseGet(() -> Response.seeOther(URI.create("/organisation/new")).build());
  }
}
