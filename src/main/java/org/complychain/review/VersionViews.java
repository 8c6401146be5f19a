package org.complychain.review;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.Labels;
import org.complychain.plan.PlanMessages;
import org.complychain.review.CommentThreads.CommentView;
import org.complychain.web.Dates;
import org.complychain.web.RequestLocale;
import org.complychain.web.RequestZone;

/** A frozen version as people read it: by element, with comments, decision and changes. */
@RequestScoped
public class VersionViews {

  /** Long texts are compared word by word; short values are shown before and after. */
  private static final Set<String> LONG_FIELDS =
      Set.of("text", "naReason", "description", "verification");

  @Inject RequestLocale locale;
  @Inject Catalogue catalogue;
  @Inject ReviewService reviews;
  @Inject RequestZone zone;

  /** One question of a version: its reference as the company's pages number it (2.3). */
  public record AnswerView(
      String questionId,
      String ref,
      String question,
      String status,
      String text,
      String reason,
      String owner,
      String target,
      List<CommentView> comments) {}

  public record ActionView(
      String questionId,
      String description,
      String owner,
      String due,
      String verification,
      String status) {}

  public record ElementView(
      GuidanceModule element,
      List<AnswerView> answers,
      List<CommentView> comments,
      List<ActionView> actions) {

    /** Comments on the element and its questions, replies not counted. */
    public int commentCount() {
      return comments.size() + answers.stream().mapToInt(a -> a.comments().size()).sum();
    }

    /** Of those, the ones the auditor has not marked resolved. */
    public int openCount() {
      return (int)
          (comments.stream().filter(c -> !c.resolved()).count()
              + answers.stream()
                  .flatMap(a -> a.comments().stream())
                  .filter(c -> !c.resolved())
                  .count());
    }
  }

  /** One field of a changed answer or action; long texts carry their word-level segments. */
  public record FieldChange(
      String label, String before, String after, List<WordDiff.Segment> words) {}

  public record ChangeView(String kind, String what, List<FieldChange> fields) {}

  public record Header(
      String id,
      String planId,
      String planTitle,
      String organisation,
      int number,
      String status,
      String statusCode,
      String submittedBy,
      String submittedAt,
      String sha256,
      String decidedBy,
      String decidedAt,
      String note,
      boolean approved,
      boolean open,
      int lockVersion,
      String previousNumber,
      boolean pdfStored,
      String pdfSha256,
      String approverName,
      String approverPosition,
      String replyUrl) {}

  public record VersionPage(Header header, List<ElementView> elements, List<ChangeView> changes) {

    public ElementView element(String id) {
      return elements.stream().filter(e -> e.element().id().equals(id)).findFirst().orElse(null);
    }
  }

  ReviewMessages messages() {
    return MessageBundles.get(ReviewMessages.class, Localized.Literal.of(locale.tag()));
  }

  private PlanMessages planMessages() {
    return MessageBundles.get(PlanMessages.class, Localized.Literal.of(locale.tag()));
  }

  public String statusLabel(VersionStatus status) {
    ReviewMessages m = messages();
    return switch (status) {
      case SUBMITTED -> m.status_SUBMITTED();
      case CHANGES_REQUESTED -> m.status_CHANGES_REQUESTED();
      case APPROVED -> m.status_APPROVED();
    };
  }

  public Header header(PlanVersion v) {
    return headers(List.of(v)).get(0);
  }

  /**
   * The headers of a list of versions, with what each needs from its plan's other versions (the
   * last one reviewed before it, whether it is the newest) read in one query for the whole list.
   */
  public List<Header> headers(List<PlanVersion> versions) {
    Map<UUID, List<PlanVersion.Step>> byPlan = new HashMap<>();
    PlanVersion.steps(versions.stream().map(v -> v.plan.id).distinct().toList())
        .forEach(s -> byPlan.computeIfAbsent(s.planId(), k -> new ArrayList<>()).add(s));
    return versions.stream()
        .map(
            v -> {
              List<PlanVersion.Step> steps = byPlan.getOrDefault(v.plan.id, List.of());
              String previous =
                  steps.stream()
                      .filter(s -> s.number() < v.number && s.status() != VersionStatus.SUBMITTED)
                      .reduce((a, b) -> b)
                      .map(s -> String.valueOf(s.number()))
                      .orElse("");
              boolean newest = !steps.isEmpty() && steps.get(steps.size() - 1).id().equals(v.id);
              return header(v, previous, newest && ReviewService.awaitsAnswer(v));
            })
        .toList();
  }

  private Header header(PlanVersion v, String previousNumber, boolean answerable) {
    Locale loc = Locale.forLanguageTag(locale.tag());
    return new Header(
        v.id.toString(),
        v.plan.id.toString(),
        v.plan.title,
        v.plan.organisation.name,
        v.number,
        statusLabel(v.status),
        v.status.name(),
        v.submittedBy,
        Dates.dateTime(v.submittedAt, loc, zone.get()),
        v.sha256,
        v.decidedBy == null ? "" : v.decidedBy,
        Dates.dateTime(v.decidedAt, loc, zone.get()),
        v.decisionNote == null ? "" : v.decisionNote,
        v.status == VersionStatus.APPROVED,
        v.status == VersionStatus.SUBMITTED,
        v.version,
        previousNumber,
        v.pdfSha256 != null,
        v.pdfSha256 == null ? "" : v.pdfSha256,
        v.approverName == null ? "" : v.approverName,
        v.approverPosition == null ? "" : v.approverPosition,
        answerable ? replyUrl(v) : "");
  }

  /** Where the company replies to a comment read on this version (the comment's id follows). */
  static String replyUrl(PlanVersion v) {
    return "/plans/" + v.plan.id + "/versions/" + v.number + "/reply?comment=";
  }

  CommentThreads.Reader reader() {
    return new CommentThreads.Reader(Locale.forLanguageTag(locale.tag()), zone.get(), messages());
  }

  public VersionPage page(PlanVersion v) {
    Locale loc = Locale.forLanguageTag(locale.tag());
    PlanMessages pm = planMessages();
    Snapshot snapshot = Snapshot.parse(v.snapshot);
    Map<String, List<CommentView>> comments = CommentThreads.of(v, reader());
    List<ElementView> elements = new ArrayList<>();
    Map<String, String> questionNames = new HashMap<>();
    for (GuidanceModule e : elements()) {
      List<AnswerView> answers = new ArrayList<>();
      for (int i = 0; i < e.questions().size(); i++) {
        var q = e.questions().get(i);
        String ref = e.number() + "." + (i + 1);
        questionNames.put(q.id(), ref + " " + q.text());
        Map<String, Object> a = snapshot.answers().getOrDefault(q.id(), Map.of());
        answers.add(
            new AnswerView(
                q.id(),
                ref,
                q.text(),
                answerStatus(pm, a.get("status")),
                text(a.get("text")),
                text(a.get("naReason")),
                text(a.get("owner")),
                date(a.get("targetDate"), loc),
                comments.getOrDefault(q.id(), List.of())));
      }
      List<ActionView> actions =
          snapshot.actions().values().stream()
              .filter(a -> String.valueOf(a.get("questionId")).startsWith(e.id() + "."))
              .map(
                  a ->
                      new ActionView(
                          text(a.get("questionId")),
                          text(a.get("description")),
                          text(a.get("owner")),
                          date(a.get("dueDate"), loc),
                          text(a.get("verification")),
                          actionStatus(pm, a.get("status"))))
              .toList();
      elements.add(new ElementView(e, answers, comments.getOrDefault(e.id(), List.of()), actions));
    }
    List<ChangeView> changes =
        reviews.changesSinceReview(v).changes().stream()
            .map(c -> change(c, questionNames, pm, loc))
            .toList();
    return new VersionPage(header(v), elements, changes);
  }

  /** The guidance elements in the page's language, in order. */
  List<GuidanceModule> elements() {
    return catalogue.modules(locale.tag()).stream().filter(GuidanceModule::element).toList();
  }

  private ChangeView change(
      SnapshotDiff.Change c, Map<String, String> questionNames, PlanMessages pm, Locale loc) {
    ReviewMessages m = messages();
    String question = questionNames.getOrDefault(c.questionId(), c.questionId());
    String what =
        switch (c.kind()) {
          case ANSWER_EDITED -> m.change_answer_edited(question);
          case ANSWER_ADDED -> m.change_answer_added(question);
          case ANSWER_REMOVED -> m.change_answer_removed(question);
          case ACTION_ADDED -> m.change_action_added(question);
          case ACTION_REMOVED -> m.change_action_removed(question);
          case ACTION_EDITED -> m.change_action_edited(question);
        };
    List<FieldChange> fields = new ArrayList<>();
    for (String field : c.fields()) {
      boolean action = c.kind().name().startsWith("ACTION");
      String before = shown(pm, field, c.before().get(field), action, loc);
      String after = shown(pm, field, c.after().get(field), action, loc);
      fields.add(
          new FieldChange(
              Labels.field(pm, field),
              before,
              after,
              LONG_FIELDS.contains(field) ? WordDiff.between(before, after) : List.of()));
    }
    return new ChangeView(c.kind().name(), what, fields);
  }

  /** A snapshot value as the reader sees it: statuses and dates in the page's language. */
  private static String shown(
      PlanMessages m, String field, Object value, boolean action, Locale loc) {
    if (value == null) {
      return "";
    }
    return switch (field) {
      case "status" -> action ? actionStatus(m, value) : answerStatus(m, value);
      case "targetDate", "dueDate" -> date(value, loc);
      default -> value.toString();
    };
  }

  private static String answerStatus(PlanMessages m, Object code) {
    return AnswerStatus.parse(String.valueOf(code)).map(s -> Labels.status(m, s)).orElse("");
  }

  private static String actionStatus(PlanMessages m, Object code) {
    return ActionStatus.parse(String.valueOf(code)).map(s -> Labels.actionStatus(m, s)).orElse("");
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String date(Object value, Locale locale) {
    return value == null ? "" : Dates.date(LocalDate.parse(value.toString()), locale);
  }
}
