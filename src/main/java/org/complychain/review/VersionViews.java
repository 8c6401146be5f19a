package org.complychain.review;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.Labels;
import org.complychain.plan.PlanMessages;
import org.complychain.web.Dates;
import org.complychain.web.RequestLocale;

/** A frozen version as people read it: by element, with comments, decision and changes. */
@RequestScoped
public class VersionViews {

  @Inject RequestLocale locale;
  @Inject Catalogue catalogue;
  @Inject ReviewService reviews;

  public record CommentView(String author, String when, String body) {}

  public record AnswerView(
      String questionId,
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
      List<ActionView> actions) {}

  public record ChangeView(String kind, String what, String fields) {}

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
      boolean pdfStored) {}

  public record VersionPage(Header header, List<ElementView> elements, List<ChangeView> changes) {}

  ReviewMessages messages() {
    return MessageBundles.get(ReviewMessages.class, Localized.Literal.of(locale.tag()));
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
    Locale loc = Locale.forLanguageTag(locale.tag());
    var previous = reviews.lastReviewedBefore(v);
    return new Header(
        v.id.toString(),
        v.plan.id.toString(),
        v.plan.title,
        v.plan.organisation.name,
        v.number,
        statusLabel(v.status),
        v.status.name(),
        v.submittedBy,
        Dates.dateTime(v.submittedAt, loc),
        v.sha256,
        v.decidedBy == null ? "" : v.decidedBy,
        Dates.dateTime(v.decidedAt, loc),
        v.decisionNote == null ? "" : v.decisionNote,
        v.status == VersionStatus.APPROVED,
        v.status == VersionStatus.SUBMITTED,
        v.version,
        previous.map(p -> String.valueOf(p.number)).orElse(""),
        v.pdf != null);
  }

  public VersionPage page(PlanVersion v) {
    Locale loc = Locale.forLanguageTag(locale.tag());
    PlanMessages pm = MessageBundles.get(PlanMessages.class, Localized.Literal.of(locale.tag()));
    Snapshot snapshot = Snapshot.parse(v.snapshot);
    Map<String, List<CommentView>> comments =
        ReviewComment.listFor(v).stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.target,
                    Collectors.mapping(
                        c -> new CommentView(c.author, Dates.dateTime(c.at, loc), c.body),
                        Collectors.toList())));
    List<ElementView> elements = new ArrayList<>();
    for (GuidanceModule e : catalogue.modules(locale.tag())) {
      if (!e.element()) {
        continue;
      }
      List<AnswerView> answers = new ArrayList<>();
      for (var q : e.questions()) {
        Map<String, Object> a = snapshot.answers().getOrDefault(q.id(), Map.of());
        answers.add(
            new AnswerView(
                q.id(),
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
    ReviewMessages m = messages();
    List<ChangeView> changes =
        reviews.changesSinceReview(v).changes().stream()
            .map(
                c ->
                    new ChangeView(
                        c.kind().name(),
                        switch (c.kind()) {
                          case ANSWER_EDITED -> m.change_answer_edited(c.questionId());
                          case ANSWER_ADDED -> m.change_answer_added(c.questionId());
                          case ANSWER_REMOVED -> m.change_answer_removed(c.questionId());
                          case ACTION_ADDED -> m.change_action_added(c.questionId());
                          case ACTION_REMOVED -> m.change_action_removed(c.questionId());
                          case ACTION_EDITED -> m.change_action_edited(c.questionId());
                        },
                        String.join(", ", c.fields())))
            .toList();
    return new VersionPage(header(v), elements, changes);
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
