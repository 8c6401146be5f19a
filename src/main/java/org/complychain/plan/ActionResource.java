package org.complychain.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;

/**
 * The action plan of a plan: corrective actions, opened from any question. An action opened or
 * edited from its question returns there once saved; one edited from the list returns to the list.
 */
@Path("/plans/{plan}/actions")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class ActionResource {

  /** The value of {@code from} saying the form was opened from the question's element page. */
  static final String FROM_QUESTION = "question";

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject PlanViews views;

  /**
   * The action form: what was typed, its errors, the saved values after a conflict, and where the
   * person came from ({@code from}, with {@code questionHref} the way back to the question).
   */
  public record ActionForm(
      PlanViews.PlanSummary plan,
      String actionId,
      String questionId,
      String questionText,
      ActionInput input,
      FormErrors errors,
      PlanViews.ActionRow saved,
      List<Option> statuses,
      String from,
      String questionHref,
      boolean duePast) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PlanViews.PlanSummary plan,
        List<PlanViews.ActionRow> actions,
        List<Option> sorts,
        String sort,
        boolean saved);

    static native TemplateInstance form(ActionForm form);
  }

  @GET
  public TemplateInstance list(
      @PathParam("plan") String planId,
      @QueryParam("sort") String sort,
      @QueryParam("saved") String saved) {
    Plan plan = access.plan(planId);
    ActionSort order = ActionSort.parse(sort);
    List<PlanViews.ActionRow> rows =
        views.actionRows(plan).stream()
            .sorted(order.comparator(Locale.forLanguageTag(access.lang())))
            .toList();
    return Templates.list(
        views.heading(plan),
        rows,
        ActionSort.options(access.messages()),
        order.code(),
        saved != null);
  }

  @GET
  @Path("new")
  public TemplateInstance newAction(
      @PathParam("plan") String planId, @QueryParam("question") String questionId) {
    Plan plan = access.plan(planId);
    access.requireEditable(plan);
    requireQuestion(plan, questionId);
    return Templates.form(
        form(plan, null, questionId, ActionInput.blank(), Map.of(), null, FROM_QUESTION));
  }

  @POST
  public Response open(@PathParam("plan") String planId, MultivaluedMap<String, String> body) {
    Plan plan = access.plan(planId);
    FormValues form = new FormValues(body);
    String questionId = form.text("question");
    requireQuestion(plan, questionId);
    ActionInput input = ActionInput.read(form);
    try {
      plans.openAction(plan.id, questionId, input, access.actor());
    } catch (InvalidAction e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              Templates.form(form(plan, null, questionId, input, e.errors(), null, FROM_QUESTION)))
          .build();
    }
    return Response.seeOther(URI.create(questionHref(plan, questionId, true))).build();
  }

  @GET
  @Path("{action}")
  public TemplateInstance edit(
      @PathParam("plan") String planId,
      @PathParam("action") String id,
      @QueryParam("from") String from) {
    Plan plan = access.plan(planId);
    CorrectiveAction action = access.action(plan, id);
    return Templates.form(
        form(
            plan,
            action.id.toString(),
            action.questionId,
            ActionInput.of(action),
            Map.of(),
            null,
            from));
  }

  /**
   * Saves an edited action. Only the action's question is read here, so that after a refusal the
   * action is loaded as it is now, not as this request first saw it.
   */
  @POST
  @Path("{action}")
  public Response update(
      @PathParam("plan") String planId,
      @PathParam("action") String id,
      MultivaluedMap<String, String> body) {
    Plan plan = access.plan(planId);
    UUID actionId = PlanAccess.uuid(id);
    String questionId =
        CorrectiveAction.questionOf(plan, actionId).orElseThrow(NotFoundException::new);
    FormValues form = new FormValues(body);
    String from = form.text("from");
    ActionInput input = ActionInput.read(form);
    Map<String, FieldError> errors = Map.of();
    try {
      if (save(plan, actionId, input)) {
        String next =
            FROM_QUESTION.equals(from)
                ? questionHref(plan, questionId, true)
                : "/plans/" + plan.id + "/actions?saved=1";
        return Response.seeOther(URI.create(next)).build();
      }
    } catch (InvalidAction e) {
      errors = e.errors();
    }
    PlanViews.ActionRow saved = null;
    if (errors.isEmpty()) {
      // Someone else saved first: show their action beside what was typed, to save over it.
      saved =
          views.actionRows(plan).stream()
              .filter(r -> r.id().equals(actionId.toString()))
              .findFirst()
              .orElseThrow();
      input =
          new ActionInput(
              input.description(),
              input.owner(),
              input.due(),
              input.verification(),
              input.status(),
              CorrectiveAction.<CorrectiveAction>findById(actionId).version);
    }
    return Response.status(
            errors.isEmpty() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
        .entity(Templates.form(form(plan, id, questionId, input, errors, saved, from)))
        .build();
  }

  private boolean save(Plan plan, UUID actionId, ActionInput input) {
    try {
      return plans.updateAction(plan.id, actionId, input, access.actor());
    } catch (RuntimeException e) {
      if (OptimisticLocking.causedBy(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Actions open from any question of this plan; an unknown one is a bad request. */
  private void requireQuestion(Plan plan, String questionId) {
    if (Answer.count("plan = ?1 and questionId = ?2", plan, questionId) == 0) {
      throw new BadRequestException("Unknown question " + questionId);
    }
  }

  /** The question on its element page, where the person was when they opened the action. */
  private String questionHref(Plan plan, String questionId, boolean saved) {
    return "/plans/"
        + plan.id
        + "/elements/"
        + views.elementOf(questionId).id()
        + (saved ? "?action=saved" : "")
        + "#"
        + questionId;
  }

  private ActionForm form(
      Plan plan,
      String actionId,
      String questionId,
      ActionInput input,
      Map<String, FieldError> errors,
      PlanViews.ActionRow saved,
      String from) {
    boolean fromQuestion = FROM_QUESTION.equals(from);
    return new ActionForm(
        views.heading(plan),
        actionId,
        questionId,
        views.questionTexts().getOrDefault(questionId, questionId),
        input,
        views.errors(errors),
        saved,
        Option.actionStatuses(access.messages()),
        fromQuestion ? FROM_QUESTION : "",
        questionHref(plan, questionId, false),
        input.duePast(LocalDate.now()));
  }
}
