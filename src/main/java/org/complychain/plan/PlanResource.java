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
import java.util.Map;
import java.util.Set;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;

/** Creating a plan, its task list, and the element pages where the questions are answered. */
@Path("/plans")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

  /** The value of the submit button that saves the page and opens an action for a question. */
  static final String OPEN_ACTION = "action:";

  /** The value of the button that saves the page and keeps a carried-over answer as it is. */
  static final String KEEP = "keep:";

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject PlanViews views;
  @Inject Catalogue catalogue;

  /** The new-plan form as typed, with its errors. */
  public record NewPlanForm(String title, String start, String end, FormErrors errors) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance newPlan(NewPlanForm form);

    static native TemplateInstance tasks(PlanViews.TaskList page, boolean saved);

    static native TemplateInstance element(
        PlanViews.ElementPage page, boolean saved, boolean actionSaved);
  }

  @GET
  @Path("new")
  public TemplateInstance newPlan() {
    access.organisation();
    int year = LocalDate.now().getYear() + 1;
    return Templates.newPlan(
        new NewPlanForm(
            "",
            LocalDate.of(year, 1, 1).toString(),
            LocalDate.of(year, 12, 31).toString(),
            new FormErrors()));
  }

  @POST
  public Response create(MultivaluedMap<String, String> body) {
    var organisation = access.organisation();
    FormValues form = new FormValues(body);
    String title = form.text("title");
    String start = form.text("start");
    String end = form.text("end");
    Map<String, FieldError> errors = PeriodForm.check(title, start, end);
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.newPlan(new NewPlanForm(title, start, end, views.errors(errors))))
          .build();
    }
    Plan plan =
        plans.create(
            organisation, title, FormValues.date(start), FormValues.date(end), access.actor());
    return Response.seeOther(URI.create("/plans/" + plan.id)).build();
  }

  @GET
  @Path("{plan}")
  public TemplateInstance tasks(@PathParam("plan") String id, @QueryParam("saved") String saved) {
    return Templates.tasks(views.taskList(access.plan(id)), saved != null);
  }

  @GET
  @Path("{plan}/continue")
  public Response continueWhereStopped(@PathParam("plan") String id) {
    Plan plan = access.plan(id);
    GuidanceModule next = plans.progress(plan).firstUnfinished();
    String target = next == null ? "/plans/" + plan.id + "/check" : elementPath(plan, next.id());
    return Response.seeOther(URI.create(target)).build();
  }

  @GET
  @Path("{plan}/elements/{element}")
  public TemplateInstance element(
      @PathParam("plan") String id,
      @PathParam("element") String elementId,
      @QueryParam("saved") String saved,
      @QueryParam("action") String action) {
    Plan plan = access.plan(id);
    return Templates.element(
        views.elementPage(plan, element(elementId)), saved != null, action != null);
  }

  @POST
  @Path("{plan}/elements/{element}")
  public Response saveElement(
      @PathParam("plan") String id,
      @PathParam("element") String elementId,
      MultivaluedMap<String, String> body) {
    Plan plan = access.plan(id);
    GuidanceModule element = element(elementId);
    FormValues form = new FormValues(body);
    List<AnswerInput> inputs;
    try {
      inputs = inputs(element, form);
    } catch (BadRequestException e) {
      // A form sent from a page shown before the plan was frozen says that, not what is malformed.
      access.requireEditable(plan);
      throw e;
    }
    Set<String> kept = kept(form.text("next"), inputs);
    ElementSave result = save(plan, inputs, kept);
    if (!result.saved()) {
      // A lost race alone is a conflict (409, as everywhere); any field problem is a 400.
      return Response.status(
              result.errors().isEmpty() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
          .entity(Templates.element(views.elementPage(plan, element, result, inputs), false, false))
          .build();
    }
    return Response.seeOther(
            URI.create(afterSave(plan, element, form.text("next"), form.text("return"))))
        .build();
  }

  private static List<AnswerInput> inputs(GuidanceModule element, FormValues form) {
    List<String> questionIds = element.questions().stream().map(q -> q.id()).toList();
    for (String name : form.names()) {
      int dot = name.indexOf('.');
      if (dot > 0 && !questionIds.contains(name.substring(dot + 1))) {
        throw new BadRequestException("Unknown question in field " + name);
      }
    }
    return questionIds.stream().map(q -> AnswerInput.read(form, q)).toList();
  }

  /**
   * Where a saved element page goes: the next element, the task list, the check page it was opened
   * from ("Change"), or, for "save and open a corrective action", the action form of that question,
   * so nothing typed is lost on the way.
   */
  private String afterSave(Plan plan, GuidanceModule element, String next, String back) {
    if (next.startsWith(KEEP)) {
      return elementPath(plan, element.id()) + "?saved=1#" + next.substring(KEEP.length());
    }
    if (next.startsWith(OPEN_ACTION)) {
      String questionId = next.substring(OPEN_ACTION.length());
      if (element.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
        throw new BadRequestException("Unknown question " + questionId);
      }
      return "/plans/" + plan.id + "/actions/new?question=" + questionId;
    }
    if ("check".equals(back)) {
      return "/plans/" + plan.id + "/check?saved=1#" + element.id();
    }
    if ("continue".equals(next)) {
      GuidanceModule following = following(element);
      return following == null
          ? "/plans/" + plan.id + "/check?saved=1"
          : elementPath(plan, following.id()) + "?saved=1";
    }
    return "/plans/" + plan.id + "?saved=1";
  }

  /** Saves; when another save committed in between, the retry reports the conflict instead. */
  private ElementSave save(Plan plan, List<AnswerInput> inputs, Set<String> kept) {
    try {
      return plans.saveElement(plan.id, inputs, kept, access.actor());
    } catch (RuntimeException e) {
      if (!OptimisticLocking.causedBy(e)) {
        throw e;
      }
      return plans.saveElement(plan.id, inputs, kept, access.actor());
    }
  }

  /** The question whose carried-over answer "keep as is" confirms; none for other buttons. */
  private static Set<String> kept(String next, List<AnswerInput> inputs) {
    if (!next.startsWith(KEEP)) {
      return Set.of();
    }
    String questionId = next.substring(KEEP.length());
    if (inputs.stream().noneMatch(i -> i.questionId().equals(questionId))) {
      throw new BadRequestException("Unknown question " + questionId);
    }
    return Set.of(questionId);
  }

  private GuidanceModule element(String elementId) {
    return catalogue
        .module(access.lang(), elementId)
        .filter(GuidanceModule::element)
        .orElseThrow(NotFoundException::new);
  }

  private GuidanceModule following(GuidanceModule element) {
    List<GuidanceModule> elements = plans.elements(access.lang());
    int at = elements.indexOf(element);
    return at + 1 < elements.size() ? elements.get(at + 1) : null;
  }

  private static String elementPath(Plan plan, String elementId) {
    return "/plans/" + plan.id + "/elements/" + elementId;
  }
}
