package org.complychain.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complychain.security.Role;

/** The action plan of a plan: corrective actions, opened from answers that show a gap. */
@Path("/plans/{plan}/actions")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class ActionResource {

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject PlanViews views;

  /** The action form: what was typed, its errors, and the saved values after a conflict. */
  public record ActionForm(
      PlanViews.PlanSummary plan,
      String actionId,
      String questionId,
      String questionText,
      ActionInput input,
      Map<String, String> errors,
      PlanViews.ActionRow saved,
      List<Option> statuses) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PlanViews.PlanSummary plan,
        List<PlanViews.ActionRow> actions,
        boolean latestFirst,
        boolean saved);

    static native TemplateInstance form(ActionForm form);
  }

  @GET
  public TemplateInstance list(
      @PathParam("plan") String planId,
      @QueryParam("sort") String sort,
      @QueryParam("saved") String saved) {
    Plan plan = access.plan(planId);
    boolean latestFirst = "due_desc".equals(sort);
    List<PlanViews.ActionRow> rows = new ArrayList<>(views.actionRows(plan));
    if (latestFirst) {
      java.util.Collections.reverse(rows);
    }
    return Templates.list(views.heading(plan), rows, latestFirst, saved != null);
  }

  @GET
  @Path("new")
  public TemplateInstance newAction(
      @PathParam("plan") String planId, @QueryParam("question") String questionId) {
    Plan plan = access.plan(planId);
    gapQuestion(plan, questionId);
    return Templates.form(form(plan, null, questionId, ActionInput.blank(), Map.of(), null));
  }

  @POST
  public Response open(@PathParam("plan") String planId, MultivaluedMap<String, String> body) {
    Plan plan = access.plan(planId);
    access.requireEditable(plan);
    FormValues form = new FormValues(body);
    String questionId = form.text("question");
    gapQuestion(plan, questionId);
    ActionInput input = ActionInput.read(form);
    Map<String, FieldError> errors = input.check();
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.form(form(plan, null, questionId, input, views.texts(errors), null)))
          .build();
    }
    plans.openAction(plan, questionId, input, access.actor());
    return Response.seeOther(URI.create("/plans/" + plan.id + "/actions?saved=1")).build();
  }

  @GET
  @Path("{action}")
  public TemplateInstance edit(@PathParam("plan") String planId, @PathParam("action") String id) {
    Plan plan = access.plan(planId);
    CorrectiveAction action = access.action(plan, id);
    return Templates.form(
        form(
            plan, action.id.toString(), action.questionId, ActionInput.of(action), Map.of(), null));
  }

  @POST
  @Path("{action}")
  public Response update(
      @PathParam("plan") String planId,
      @PathParam("action") String id,
      MultivaluedMap<String, String> body) {
    Plan plan = access.plan(planId);
    CorrectiveAction action = access.action(plan, id);
    access.requireEditable(plan);
    ActionInput input = ActionInput.read(new FormValues(body));
    Map<String, FieldError> errors = input.check();
    if (errors.isEmpty() && save(action, input)) {
      return Response.seeOther(URI.create("/plans/" + plan.id + "/actions?saved=1")).build();
    }
    // The request's session may still hold the action as it was before the other save.
    CorrectiveAction.getEntityManager().detach(action);
    CorrectiveAction current = CorrectiveAction.findById(action.id);
    PlanViews.ActionRow saved = null;
    if (errors.isEmpty()) {
      saved =
          views.actionRows(plan).stream()
              .filter(r -> r.id().equals(current.id.toString()))
              .findFirst()
              .orElseThrow();
      input =
          new ActionInput(
              input.description(),
              input.owner(),
              input.due(),
              input.verification(),
              input.status(),
              current.version);
    }
    return Response.status(
            errors.isEmpty() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
        .entity(
            Templates.form(form(plan, id, action.questionId, input, views.texts(errors), saved)))
        .build();
  }

  private boolean save(CorrectiveAction action, ActionInput input) {
    try {
      return plans.updateAction(action, input, access.actor());
    } catch (RuntimeException e) {
      if (OptimisticLocking.causedBy(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Actions open only from a question of this plan whose answer is not in place. */
  private void gapQuestion(Plan plan, String questionId) {
    Answer answer =
        Answer.find("plan = ?1 and questionId = ?2", plan, questionId)
            .<Answer>firstResultOptional()
            .orElseThrow(() -> new BadRequestException("Unknown question " + questionId));
    if (!answer.status.gap()) {
      throw new BadRequestException("The answer to " + questionId + " is in place");
    }
  }

  private ActionForm form(
      Plan plan,
      String actionId,
      String questionId,
      ActionInput input,
      Map<String, String> errors,
      PlanViews.ActionRow saved) {
    return new ActionForm(
        views.heading(plan),
        actionId,
        questionId,
        views.questionTexts().getOrDefault(questionId, questionId),
        input,
        errors,
        saved,
        Option.actionStatuses(access.messages()));
  }
}
