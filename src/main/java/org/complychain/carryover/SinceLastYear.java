package org.complychain.carryover;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Labels;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.plan.PlanMessages;
import org.complychain.plan.PlanService;
import org.complychain.review.FrozenVersions;
import org.complychain.review.PlanVersion;
import org.complychain.review.Snapshot;
import org.complychain.review.WordDiff;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.RiskText;
import org.complychain.risk.Supplier;

/**
 * "Since last year": a carried-over plan against the approved version it started from. Answers
 * whose status or words changed (word by word), carried actions closed since and actions opened
 * this year, and suppliers whose risk level moved.
 */
@RequestScoped
public class SinceLastYear {

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject FrozenVersions versions;
  @Inject EntityManager em;

  /** One changed answer: where it is, its status before and after, and its words compared. */
  public record AnswerChange(
      String ref,
      String question,
      String href,
      String statusBefore,
      String statusAfter,
      boolean statusChanged,
      List<WordDiff.Segment> words) {}

  public record ActionLine(String description, String status, String href) {}

  /** A supplier whose level moved; a null level was not screened. */
  public record RiskMove(String supplier, RiskLevel before, RiskLevel now) {}

  public record View(
      String planId,
      String planTitle,
      String sourceTitle,
      int sourceVersion,
      String sourceHref,
      List<AnswerChange> answers,
      int kept,
      int toReview,
      List<ActionLine> closed,
      List<ActionLine> opened,
      List<RiskMove> risks) {}

  /** The comparison, or null when the plan was not carried over. */
  public View of(Plan plan) {
    if (plan.carriedFromVersionId == null) {
      return null;
    }
    PlanVersion source = PlanVersion.findById(plan.carriedFromVersionId);
    Snapshot before = versions.content(source);
    PlanMessages m = access.messages();
    Map<String, Answer> now = new HashMap<>();
    Answer.listFor(plan).forEach(a -> now.put(a.questionId, a));
    List<AnswerChange> changes = new ArrayList<>();
    int kept = 0;
    int toReview = 0;
    for (GuidanceModule e : plans.elements(access.lang())) {
      for (int i = 0; i < e.questions().size(); i++) {
        GuidanceModule.Question q = e.questions().get(i);
        Answer a = now.get(q.id());
        if (a == null) {
          continue;
        }
        Map<String, Object> was = before.answers().getOrDefault(q.id(), Map.of());
        AnswerStatus oldStatus =
            was.get("status") == null
                ? AnswerStatus.NOT_STARTED
                : AnswerStatus.valueOf((String) was.get("status"));
        String oldWords = words(oldStatus, (String) was.get("text"), (String) was.get("naReason"));
        String newWords = words(a.status, a.text, a.naReason);
        if (a.toReview) {
          toReview++;
        } else if (oldStatus == a.status && oldWords.equals(newWords)) {
          kept++;
        }
        if (oldStatus != a.status || !oldWords.equals(newWords)) {
          changes.add(
              new AnswerChange(
                  e.number() + "." + (i + 1),
                  q.text(),
                  "/plans/" + plan.id + "/elements/" + e.id() + "#" + q.id(),
                  Labels.status(m, oldStatus),
                  Labels.status(m, a.status),
                  oldStatus != a.status,
                  WordDiff.between(oldWords, newWords)));
        }
      }
    }
    List<ActionLine> closed = new ArrayList<>();
    List<ActionLine> opened = new ArrayList<>();
    for (CorrectiveAction a : CorrectiveAction.listFor(plan)) {
      ActionLine line =
          new ActionLine(
              a.description,
              Labels.actionStatus(m, a.status),
              "/plans/" + plan.id + "/actions/" + a.id);
      if (a.carriedFromId == null) {
        opened.add(line);
      } else if (a.status.closed()) {
        closed.add(line);
      }
    }
    return new View(
        plan.id.toString(),
        plan.title,
        source.plan.title,
        source.number,
        "/plans/" + source.plan.id,
        changes,
        kept,
        toReview,
        closed,
        opened,
        risks(plan));
  }

  /**
   * Each supplier's level now against its level when the plan was carried over (kept before the
   * register was screened again). When a frozen version records its own screening, that is the
   * better "last year" and belongs here.
   */
  private List<RiskMove> risks(Plan plan) {
    Map<UUID, RiskLevel> baseline = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select supplier_id, risk_level from carried_risk_baseline where plan_id = ?1")
            .setParameter(1, plan.id)
            .getResultList()) {
      Object[] r = (Object[]) row;
      baseline.put((UUID) r[0], r[1] == null ? null : RiskLevel.valueOf((String) r[1]));
    }
    List<RiskMove> moves = new ArrayList<>();
    for (Supplier s :
        Supplier.<Supplier>list(
            "organisation = ?1 order by lower(name), countryCode", plan.organisation)) {
      RiskLevel before = baseline.get(s.id);
      if (!Objects.equals(before, s.riskLevel)) {
        moves.add(new RiskMove(name(s), before, s.riskLevel));
      }
    }
    return moves;
  }

  private String name(Supplier s) {
    if (s.name != null && !s.name.isBlank()) {
      return s.name;
    }
    String country = RiskText.country(s.countryCode, access.lang());
    return messages().since_unnamed(country);
  }

  private CarryMessages messages() {
    return io.quarkus.qute.i18n.MessageBundles.get(
        CarryMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(access.lang()));
  }

  /** What a reader compares: the answer, or the reason it does not apply. */
  private static String words(AnswerStatus status, String text, String reason) {
    String words = status == AnswerStatus.NOT_APPLICABLE ? reason : text;
    return words == null ? "" : words;
  }
}
