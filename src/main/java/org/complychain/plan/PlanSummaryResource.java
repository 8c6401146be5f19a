package org.complychain.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complychain.guidance.GuidanceModule;
import org.complychain.security.Role;
import org.complychain.web.Dates;
import org.complychain.web.Paging;
import org.complychain.web.RequestZone;

/** "Check your plan" and the history of changes. */
@Path("/plans/{plan}")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class PlanSummaryResource {

  @Inject PlanAccess access;
  @Inject PlanViews views;
  @Inject CheckPage checkPage;
  @Inject RequestZone zone;

  public record CheckAnswer(
      String questionId,
      String question,
      String status,
      String text,
      String reason,
      String owner,
      String target,
      boolean answered,
      List<PlanViews.ActionRow> actions) {}

  public record CheckElement(GuidanceModule element, String href, List<CheckAnswer> answers) {}

  public record Change(String field, String before, String after) {}

  public record HistoryRow(String when, String who, String what, List<Change> changes) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance check(
        PlanViews.PlanSummary plan,
        boolean profileComplete,
        List<CheckElement> elements,
        CheckPage.SubmitState submit,
        boolean saved);

    static native TemplateInstance history(
        PlanViews.PlanSummary plan, List<HistoryRow> rows, Paging paging);
  }

  @GET
  @Path("check")
  public TemplateInstance check(@PathParam("plan") String id, @QueryParam("saved") String saved) {
    Plan plan = access.plan(id);
    return checkPage.render(plan, CheckPage.SubmitForm.empty(access.lang()), saved != null);
  }

  /** The history, newest first, a page at a time: a busy plan has thousands of changes. */
  @GET
  @Path("history")
  public TemplateInstance history(@PathParam("plan") String id, @QueryParam("page") String page) {
    Plan plan = access.plan(id);
    PlanMessages m = access.messages();
    Locale locale = Locale.forLanguageTag(access.lang());
    Paging paging =
        Paging.of(page, HistoryEntry.countFor(plan), "/plans/" + plan.id + "/history?page=", "");
    List<HistoryRow> rows = new ArrayList<>();
    for (HistoryEntry entry : HistoryEntry.page(plan, paging.offset(), paging.size())) {
      Map<String, Object> before = History.fields(entry.before);
      Map<String, Object> after = History.fields(entry.after);
      List<Change> changes = new ArrayList<>();
      for (String field : after.keySet()) {
        Object old = before.get(field);
        Object now = after.get(field);
        if (!java.util.Objects.equals(old, now)) {
          changes.add(
              new Change(
                  Labels.field(m, field),
                  Labels.value(m, field, old),
                  Labels.value(m, field, now)));
        }
      }
      String what =
          switch (entry.subject) {
            case PLAN -> m.history_PLAN();
            case ANSWER -> m.history_ANSWER(entry.questionId);
            case ACTION -> m.history_ACTION(entry.questionId);
            case SUBMISSION -> m.history_SUBMISSION();
            case COMMENT -> m.history_COMMENT();
            case DECISION -> m.history_DECISION();
            case DOWNLOAD -> m.history_DOWNLOAD();
            case NEW_VERSION -> m.history_NEW_VERSION();
            case EVIDENCE_ADDED -> m.history_EVIDENCE_ADDED();
            case EVIDENCE_REMOVED -> m.history_EVIDENCE_REMOVED();
          };
      rows.add(
          new HistoryRow(Dates.dateTime(entry.at, locale, zone.get()), entry.actor, what, changes));
    }
    return Templates.history(views.heading(plan), rows, paging);
  }
}
