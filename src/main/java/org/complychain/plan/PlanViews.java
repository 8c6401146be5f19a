package org.complychain.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.guidance.GuidanceModule.Question;
import org.complychain.organisation.Organisation;
import org.complychain.web.Dates;
import org.complychain.web.FormErrors;
import org.complychain.web.RequestZone;

/** Builds what the plan pages show, in the request's language. */
@RequestScoped
public class PlanViews {

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject Catalogue catalogue;
  @Inject PlanReviewState review;
  @Inject RequestZone zone;

  /** A plan as the dashboard and headings show it. */
  public record PlanSummary(String id, String title, String period, int percent) {}

  /** A plan on the dashboard: its progress and where it stands in review. */
  public record PlanCard(PlanSummary plan, String stage, String stageCode) {}

  public record TaskRow(
      String href, String title, int number, String status, String statusCode, String detail) {}

  /** The task list; {@code approved} is the plan's approved document, when one stands for it. */
  public record TaskList(
      PlanSummary plan,
      String profileStatus,
      String profileStatusCode,
      List<TaskRow> elements,
      int done,
      int total,
      String contentVersion,
      PlanReviewState.ApprovedPdf approved) {}

  public record Conflict(
      String status,
      String text,
      String reason,
      String owner,
      String target,
      String by,
      String when) {}

  /** A corrective action as lists show it; the last three fields are what lists sort by. */
  public record ActionRow(
      String id,
      String questionId,
      String questionText,
      String description,
      String owner,
      String due,
      String verification,
      String status,
      boolean overdue,
      int elementNumber,
      ActionStatus statusCode,
      LocalDate dueDate) {}

  /**
   * One question of the element page. {@code errors} are keyed by field id ({@code text-e1.q1}) and
   * worded for the field; {@code statusLabel} and {@code targetText} are for the read-only view.
   */
  public record QuestionView(
      Question question,
      int number,
      AnswerInput input,
      FormErrors errors,
      Conflict conflict,
      List<ActionRow> actions,
      String lastSaved,
      List<PlanReviewState.Note> notes,
      String statusLabel,
      String targetText,
      boolean targetPast,
      Carried carried) {

    public boolean notApplicable() {
      return AnswerStatus.NOT_APPLICABLE.name().equals(input.status());
    }

    public String statusId() {
      return "status-" + question.id();
    }

    public String textId() {
      return "text-" + question.id();
    }

    public String reasonId() {
      return "reason-" + question.id();
    }

    public String ownerId() {
      return "owner-" + question.id();
    }

    public String targetId() {
      return "target-" + question.id();
    }
  }

  /**
   * Last year's answer beside an answer carried over to next year's plan while it waits for review
   * (null once the company kept or changed it).
   */
  public record Carried(String status, String text, boolean notApplicable) {

    static Carried of(Answer answer, PlanMessages m) {
      if (!answer.toReview) {
        return null;
      }
      boolean na = answer.previousStatus == AnswerStatus.NOT_APPLICABLE;
      String text = na ? answer.previousReason : answer.previousText;
      return new Carried(
          answer.previousStatus == null ? "" : Labels.status(m, answer.previousStatus),
          text == null ? "" : text,
          na);
    }
  }

  /**
   * The element page. {@code errors} is the error summary: each problem named by its question
   * number, linking to its field (or, for a conflict, to the question).
   */
  public record ElementPage(
      PlanSummary plan,
      GuidanceModule element,
      List<QuestionView> questions,
      List<Option> statuses,
      FormErrors errors,
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

  /** The organisation's plans as cards, with a fixed number of queries however many there are. */
  public List<PlanCard> cards(Organisation organisation, List<Plan> list) {
    PlanMessages m = access.messages();
    Map<UUID, PlanProgress> progress = plans.progress(organisation, list);
    Map<UUID, PlanReviewState.Standing> standings =
        review.standings(list.stream().map(p -> p.id).toList());
    PlanReviewState.Standing draft = new PlanReviewState.Standing(PlanReviewState.Stage.DRAFT, 0);
    return list.stream()
        .map(
            p -> {
              PlanReviewState.Standing standing = standings.getOrDefault(p.id, draft);
              return new PlanCard(
                  summary(p, progress.get(p.id).percent()),
                  Labels.stage(m, standing),
                  standing.stage().name());
            })
        .toList();
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
                        m.task_complete(e.complete(), e.total())))
            .toList();
    return new TaskList(
        summary(plan, progress.percent()),
        Labels.task(m, progress.profile()),
        progress.profile().name(),
        rows,
        progress.completedCount(),
        rows.size() + 1,
        plan.contentVersion,
        review.approvedPdf(plan).orElse(null));
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
    FormErrors summary = new FormErrors();
    Map<String, List<PlanReviewState.Note>> notes = review.notes(plan);
    for (int i = 0; i < element.questions().size(); i++) {
      Question q = element.questions().get(i);
      int number = i + 1;
      Answer answer = saved.get(q.id());
      AnswerInput input = inputs.get(i);
      FormErrors errors = new FormErrors();
      Conflict conflict = null;
      if (refused != null) {
        refused
            .errors()
            .getOrDefault(q.id(), Map.of())
            .forEach(
                (field, error) -> {
                  String id = field + "-" + q.id();
                  errors.add(id, error.text(m));
                  summary.add(id, m.element_error_question(number, error.text(m)));
                });
        Answer theirs = refused.conflicts().get(q.id());
        if (theirs != null) {
          conflict = conflict(m, theirs, locale);
          summary.add(q.id(), m.element_error_question(number, m.conflict_title()));
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
              number,
              input,
              errors,
              conflict,
              actions.getOrDefault(q.id(), List.of()),
              answer.updatedBy == null
                  ? null
                  : m.element_last_saved(
                      answer.updatedBy, Dates.dateTime(answer.updatedAt, locale, zone.get())),
              notes.getOrDefault(q.id(), List.of()),
              Labels.status(m, answer.status),
              Dates.date(answer.targetDate, locale),
              targetPast(input),
              Carried.of(answer, m)));
    }
    return new ElementPage(
        heading(plan),
        element,
        views,
        Option.statuses(m),
        summary,
        review.locked(plan),
        notes.getOrDefault(element.id(), List.of()));
  }

  /** A target date already behind us on an answer that is still a gap deserves a warning. */
  private static boolean targetPast(AnswerInput input) {
    if (!FormValues.validDate(input.target()) || input.target().isEmpty()) {
      return false;
    }
    boolean gap = AnswerStatus.parse(input.status()).map(AnswerStatus::gap).orElse(true);
    return gap && FormValues.date(input.target()).isBefore(LocalDate.now());
  }

  List<ActionRow> actionRows(Plan plan) {
    PlanMessages m = access.messages();
    Locale locale = Locale.forLanguageTag(access.lang());
    Map<String, String> questions = questionTexts();
    Map<String, Integer> elementNumbers = new LinkedHashMap<>();
    plans
        .elements(access.lang())
        .forEach(e -> e.questions().forEach(q -> elementNumbers.put(q.id(), e.number())));
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
                    a.overdue(today),
                    elementNumbers.getOrDefault(a.questionId, 0),
                    a.status,
                    a.dueDate))
        .toList();
  }

  /** The element a question belongs to, in the page's language. */
  GuidanceModule elementOf(String questionId) {
    return plans.elements(access.lang()).stream()
        .filter(e -> e.questions().stream().anyMatch(q -> q.id().equals(questionId)))
        .findFirst()
        .orElseThrow();
  }

  Map<String, String> questionTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (GuidanceModule e : plans.elements(access.lang())) {
      e.questions().forEach(q -> texts.put(q.id(), q.text()));
    }
    return texts;
  }

  /** Errors of a plain form, whose field ids are the field names. */
  FormErrors errors(Map<String, FieldError> errors) {
    PlanMessages m = access.messages();
    FormErrors texts = new FormErrors();
    errors.forEach((field, error) -> texts.add(field, error.text(m)));
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
        Dates.dateTime(a.updatedAt, locale, zone.get()));
  }

  private static Map<String, Answer> answers(Plan plan) {
    return Answer.listFor(plan).stream().collect(Collectors.toMap(a -> a.questionId, a -> a));
  }
}
