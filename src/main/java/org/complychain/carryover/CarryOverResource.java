package org.complychain.carryover;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.complychain.plan.FieldError;
import org.complychain.plan.FormValues;
import org.complychain.plan.PeriodForm;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.plan.PlanMessages;
import org.complychain.review.FrozenVersions;
import org.complychain.review.PlanVersion;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;

/** Starting next year's plan from an approved version, and comparing it with last year's. */
@Path("/plans/{plan}")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class CarryOverResource {

  @Inject PlanAccess access;
  @Inject FrozenVersions versions;
  @Inject CarryOverService carryOver;
  @Inject CarryViews views;
  @Inject SinceLastYear since;

  /**
   * The form as typed: the source plan and version (null when the plan has no approved version),
   * the new plan's title and period, the field problems and a refusal of the whole request.
   */
  public record NextYearForm(
      String planId,
      String sourceTitle,
      String versionId,
      int version,
      String title,
      String start,
      String end,
      FormErrors errors,
      String refusal) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance nextYear(NextYearForm form);

    static native TemplateInstance sinceLastYear(SinceLastYear.View view);
  }

  @GET
  @Path("next-year")
  public TemplateInstance nextYear(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    PlanVersion source = versions.lastApproved(plan).orElse(null);
    LocalDate start = plan.periodEnd.plusDays(1);
    return Templates.nextYear(
        new NextYearForm(
            plan.id.toString(),
            plan.title,
            source == null ? null : source.id.toString(),
            source == null ? 0 : source.number,
            plan.title,
            start.toString(),
            start.plusYears(1).minusDays(1).toString(),
            new FormErrors(),
            null));
  }

  @POST
  @Path("next-year")
  public Response carry(@PathParam("plan") String id, MultivaluedMap<String, String> body) {
    Plan plan = access.plan(id);
    FormValues form = new FormValues(body);
    String title = form.text("title");
    String start = form.text("start");
    String end = form.text("end");
    UUID versionId = uuid(form.text("from"));
    PlanVersion source =
        versions
            .find(access.organisation(), versionId)
            .filter(v -> v.plan.id.equals(plan.id))
            .orElseThrow(NotFoundException::new);
    Map<String, FieldError> errors = PeriodForm.check(title, start, end);
    NextYearForm typed =
        new NextYearForm(
            plan.id.toString(),
            plan.title,
            source.id.toString(),
            source.number,
            title,
            start,
            end,
            texts(errors),
            null);
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST).entity(Templates.nextYear(typed)).build();
    }
    try {
      Plan next =
          carryOver.carry(
              access.organisation(),
              source.id,
              title,
              LocalDate.parse(start),
              LocalDate.parse(end),
              access.actor());
      return Response.seeOther(URI.create("/plans/" + next.id)).build();
    } catch (CarryRefused refused) {
      CarryMessages m = views.messages();
      String why =
          refused.reason() == CarryRefused.Reason.NOT_APPROVED
              ? m.error_not_approved()
              : m.error_period_taken();
      return Response.status(Response.Status.CONFLICT)
          .entity(
              Templates.nextYear(
                  new NextYearForm(
                      typed.planId(),
                      typed.sourceTitle(),
                      typed.versionId(),
                      typed.version(),
                      title,
                      start,
                      end,
                      typed.errors(),
                      why)))
          .build();
    }
  }

  @GET
  @Path("since-last-year")
  public TemplateInstance sinceLastYear(@PathParam("plan") String id) {
    SinceLastYear.View view = since.of(access.plan(id));
    if (view == null) {
      throw new NotFoundException();
    }
    return Templates.sinceLastYear(view);
  }

  private FormErrors texts(Map<String, FieldError> errors) {
    PlanMessages m = access.messages();
    FormErrors texts = new FormErrors();
    errors.forEach((field, error) -> texts.add(field, error.text(m)));
    return texts;
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }
}
