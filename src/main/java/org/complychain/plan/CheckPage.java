package org.complychain.plan;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.complychain.guidance.GuidanceModule;
import org.complychain.web.Dates;
import org.complychain.web.FormErrors;

/**
 * "Check your plan": every answer with a link to change it, and at the end the submission form
 * (declaration, approver, language). The review feature renders it again when a submission is
 * refused, with the problems and what was typed.
 */
@RequestScoped
public class CheckPage {

  @Inject PlanAccess access;
  @Inject PlanViews views;
  @Inject PlanService plans;
  @Inject PlanReviewState review;

  /** The submission form as typed, with its problems. */
  public record SubmitForm(
      String approverName,
      String approverPosition,
      boolean declared,
      String lang,
      FormErrors errors) {

    public static SubmitForm empty(String lang) {
      return new SubmitForm("", "", false, lang, new FormErrors());
    }
  }

  /** Whether the plan can be submitted now, and if not why. */
  public record SubmitState(boolean locked, boolean complete, boolean hasAuditor, SubmitForm form) {
    public boolean open() {
      return !locked && complete && hasAuditor;
    }
  }

  public TemplateInstance render(Plan plan, SubmitForm form, boolean saved) {
    PlanMessages m = access.messages();
    Locale locale = Locale.forLanguageTag(access.lang());
    Map<String, Answer> answers =
        Answer.listFor(plan).stream().collect(Collectors.toMap(a -> a.questionId, a -> a));
    Map<String, List<PlanViews.ActionRow>> actions =
        views.actionRows(plan).stream()
            .collect(Collectors.groupingBy(PlanViews.ActionRow::questionId));
    List<PlanSummaryResource.CheckElement> elements = new ArrayList<>();
    for (GuidanceModule e : plans.elements(access.lang())) {
      List<PlanSummaryResource.CheckAnswer> rows = new ArrayList<>();
      for (var q : e.questions()) {
        Answer a = answers.get(q.id());
        rows.add(
            new PlanSummaryResource.CheckAnswer(
                q.id(),
                q.text(),
                Labels.status(m, a.status),
                nullToEmpty(a.text),
                nullToEmpty(a.naReason),
                nullToEmpty(a.owner),
                Dates.date(a.targetDate, locale),
                a.answered(),
                actions.getOrDefault(q.id(), List.of())));
      }
      elements.add(
          new PlanSummaryResource.CheckElement(
              e, "/plans/" + plan.id + "/elements/" + e.id() + "?return=check", rows));
    }
    return PlanSummaryResource.Templates.check(
        views.heading(plan),
        plan.organisation.profileComplete(),
        elements,
        submitState(plan, form),
        saved);
  }

  public SubmitState submitState(Plan plan, SubmitForm form) {
    // Answers carried over from last year and not yet reviewed hold the submission back: the
    // auditor approves what the company confirmed for this period.
    boolean complete =
        plans.progress(plan).elements().stream().allMatch(p -> p.status() == TaskStatus.COMPLETED)
            && Answer.countToReview(plan) == 0;
    return new SubmitState(review.locked(plan), complete, review.hasAuditor(plan), form);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
