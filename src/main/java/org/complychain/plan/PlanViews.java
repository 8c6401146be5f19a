package org.complychain.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.guidance.GuidanceModule.Question;
import org.complychain.web.Dates;

/** Builds what the plan pages show, in the request's language. */
@RequestScoped
public class PlanViews {

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject Catalogue catalogue;
  @Inject PlanReviewState review;

  /** A plan as the dashboard and headings show it. */
  public record PlanSummary(String id, String title, String period, int percent) {}

  public record TaskRow(
      String href, String title, int number, String status, String statusCode, String detail) {}

  public record TaskList(
      PlanSummary plan,
      String profileStatus,
      String profileStatusCode,
      List<TaskRow> elements,
      int done,
      int total,
      String contentVersion) {}

  public record Conflict(
      String status,
      String text,
      String reason,
      String owner,
      String target,
      String by,
      String when) {}

  public record ActionRow(
      String id,
      String questionId,
      String questionText,
      String description,
      String owner,
      String due,
      String verification,
      String status,
      boolean overdue) {}

  public record QuestionView(
      Question question,
      AnswerInput input,
      Map<String, String> errors,
      Conflict conflict,
      List<ActionRow> actions,
      boolean canOpenAction,
      String lastSaved,
      List<PlanReviewState.Note> notes) {}

  public record ErrorLink(String href, String text) {}

  public record ElementPage(
      PlanSummary plan,
      GuidanceModule element,
      List<QuestionView> questions,
      List<Option> statuses,
      List<ErrorLink> errors,
      boolean conflicts,
      boolean locked,
      List<PlanReviewState.Note> elementNotes) {}

  PlanSummary summary(Plan plan) {
    return summary(plan, plans.progress(plan).percent());
  }

  /** For pages that do not show the progress, so it is not computed. */
  PlanSummary heading(Plan plan) {
    return summary(plan, 0);
  }

  private PlanSummary summary(Plan plan, int percent) {
    PlanMessages m = access.messages();
    Locale locale = Locale.forLanguageTag(access.lang());
    return new PlanSummary(
        plan.id.toString(),
        plan.title,
        m.plans_period(Dates.date(plan.periodStart, locale), Dates.date(plan.periodEnd, locale)),
        percent);
  }

  public List<PlanSummary> summaries(List<Plan> list) {
    return list.stream().map(this::summary).toList();
  }

  TaskList taskList(Plan plan) {
    PlanMessages m = access.messages();
    PlanProgress progress = plans.progress(plan);
    Map<String, GuidanceModule> localised =
        plans.elements(access.lang()).stream()
            .collect(Collectors.toMap(GuidanceModule::id, e -> e));
    List<TaskRow> rows =
        progress.elements().stream()
            .map(
                e ->
                    new TaskRow(
                        "/plans/" + plan.id + "/elements/" + e.element().id(),
                        localised.get(e.element().id()).title(),
                        e.element().number(),
                        Labels.task(m, e.status()),
                        e.status().name(),
                        m.task_answered(e.answered(), e.total())))
            .toList();
    return new TaskList(
        summary(plan, progress.percent()),
        Labels.task(m, progress.profile()),
        progress.profile().name(),
        rows,
        progress.completedCount(),
        rows.size() + 1,
        plan.contentVersion);
  }

  ElementPage elementPage(Plan plan, GuidanceModule element) {
    Map<String, Answer> saved = answers(plan);
    List<AnswerInput> inputs =
        element.questions().stream().map(q -> AnswerInput.of(saved.get(q.id()))).toList();
    return elementPage(plan, element, null, inputs, saved);
  }

  ElementPage elementPage(
      Plan plan, GuidanceModule element, ElementSave refused, List<AnswerInput> inputs) {
    return elementPage(plan, element, refused, inputs, answers(plan));
  }

  private ElementPage elementPage(
      Plan plan,
      GuidanceModule element,
      ElementSave refused,
      List<AnswerInput> inputs,
      Map<String, Answer> saved) {
    PlanMessages m = access.messages();
    Locale locale = Locale.forLanguageTag(access.lang());
    Map<String, List<ActionRow>> actions =
        actionRows(plan).stream().collect(Collectors.groupingBy(ActionRow::questionId));
    List<QuestionView> views = new ArrayList<>();
    List<ErrorLink> links = new ArrayList<>();
    Map<String, List<PlanReviewState.Note>> notes = review.notes(plan);
    for (int i = 0; i < element.questions().size(); i++) {
      Question q = element.questions().get(i);
      Answer answer = saved.get(q.id());
      AnswerInput input = inputs.get(i);
      Map<String, String> errors = Map.of();
      Conflict conflict = null;
      if (refused != null) {
        errors = texts(refused.errors().getOrDefault(q.id(), Map.of()));
        errors.forEach((field, text) -> links.add(new ErrorLink("#" + field + "-" + q.id(), text)));
        Answer theirs = refused.conflicts().get(q.id());
        if (theirs != null) {
          conflict = conflict(m, theirs, locale);
          // The next save is based on what is saved now, so it replaces it on purpose.
          input = input.loadedAs(AnswerInput.of(theirs).fingerprint(), theirs.version);
        } else if (!input.edited()) {
          // Untouched on this page: show what is saved now, not the copy the page was loaded with.
          input = AnswerInput.of(answer);
        }
      }
      views.add(
          new QuestionView(
              q,
              input,
              errors,
              conflict,
              actions.getOrDefault(q.id(), List.of()),
              answer.status.gap(),
              answer.updatedBy == null
                  ? null
                  : m.element_last_saved(
                      answer.updatedBy, Dates.dateTime(answer.updatedAt, locale)),
              notes.getOrDefault(q.id(), List.of())));
    }
    return new ElementPage(
        heading(plan),
        element,
        views,
        Option.statuses(m),
        links,
        refused != null && !refused.conflicts().isEmpty(),
        review.locked(plan),
        notes.getOrDefault(element.id(), List.of()));
  }

  List<ActionRow> actionRows(Plan plan) {
    PlanMessages m = access.messages();
    Locale locale = Locale.forLanguageTag(access.lang());
    Map<String, String> questions = questionTexts();
    LocalDate today = LocalDate.now();
    return CorrectiveAction.listFor(plan).stream()
        .map(
            a ->
                new ActionRow(
                    a.id.toString(),
                    a.questionId,
                    questions.getOrDefault(a.questionId, a.questionId),
                    a.description,
                    a.owner,
                    Dates.date(a.dueDate, locale),
                    a.verification,
                    Labels.actionStatus(m, a.status),
                    a.overdue(today)))
        .toList();
  }

  Map<String, String> questionTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (GuidanceModule e : plans.elements(access.lang())) {
      e.questions().forEach(q -> texts.put(q.id(), q.text()));
    }
    return texts;
  }

  Map<String, String> texts(Map<String, FieldError> errors) {
    PlanMessages m = access.messages();
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach((field, error) -> texts.put(field, error.text(m)));
    return texts;
  }

  private Conflict conflict(PlanMessages m, Answer a, Locale locale) {
    return new Conflict(
        Labels.status(m, a.status),
        a.text == null ? "" : a.text,
        a.naReason == null ? "" : a.naReason,
        a.owner == null ? "" : a.owner,
        Dates.date(a.targetDate, locale),
        a.updatedBy == null ? "" : a.updatedBy,
        Dates.dateTime(a.updatedAt, locale));
  }

  private static Map<String, Answer> answers(Plan plan) {
    return Answer.listFor(plan).stream().collect(Collectors.toMap(a -> a.questionId, a -> a));
  }
}
