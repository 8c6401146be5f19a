package org.complychain.carryover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.evidence.EvidenceFile;
import org.complychain.evidence.EvidenceService;
import org.complychain.evidence.EvidenceTarget;
import org.complychain.organisation.Organisation;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.History;
import org.complychain.plan.HistoryEntry.Subject;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;
import org.complychain.review.FrozenVersions;
import org.complychain.review.PlanVersion;
import org.complychain.review.Snapshot;
import org.complychain.risk.SupplierService;

/**
 * Starts next year's plan from an approved version, in one transaction: the answers as approved,
 * each waiting for review; the open corrective actions, each naming the one it continues; the
 * evidence they had; and the supplier register screened again with today's facts, keeping each
 * level as it stood before so "since last year" can show what moved.
 */
@ApplicationScoped
public class CarryOverService {

  @Inject PlanService plans;
  @Inject FrozenVersions versions;
  @Inject EvidenceService evidence;
  @Inject SupplierService suppliers;
  @Inject History history;
  @Inject EntityManager em;

  @Transactional
  public Plan carry(
      Organisation organisation,
      UUID versionId,
      String title,
      LocalDate start,
      LocalDate end,
      String actor) {
    // The organisation's row lock makes two carry-overs (or a carry-over and itself, sent twice)
    // wait for each other, so the second sees the first's plan and is refused.
    Organisation locked =
        em.find(Organisation.class, organisation.id, LockModeType.PESSIMISTIC_WRITE);
    PlanVersion source = versions.find(locked, versionId).orElseThrow(NotFoundException::new);
    boolean last =
        versions.lastApproved(source.plan).map(v -> v.id.equals(source.id)).orElse(false);
    if (!versions.approved(source) || !last) {
      throw new CarryRefused(CarryRefused.Reason.NOT_APPROVED);
    }
    if (Plan.count(
            "organisation = ?1 and periodStart <= ?2 and periodEnd >= ?3", locked, end, start)
        > 0) {
      throw new CarryRefused(CarryRefused.Reason.PERIOD_TAKEN);
    }
    Plan plan = plans.create(locked, title, start, end, actor);
    plan.carriedFromVersionId = source.id;
    String from = source.plan.title + " · v" + source.number;
    Snapshot content = versions.content(source);
    carryAnswers(plan, content);
    Map<String, UUID> actions = carryActions(plan, content, from, actor);
    carryEvidence(plan, locked, content, actions, actor);
    em.flush();
    em.createNativeQuery(
            "insert into carried_risk_baseline (plan_id, supplier_id, supplier_name, country_code,"
                + " risk_level) select ?1, id, name, country_code, risk_level from supplier"
                + " where organisation_id = ?2")
        .setParameter(1, plan.id)
        .setParameter(2, locked.id)
        .executeUpdate();
    suppliers.rescreenAll(locked.id);
    history.record(plan, Subject.PLAN, plan.id, null, actor, null, Map.of("from", from));
    return plan;
  }

  /** Each answer as approved, kept also as last year's words, until confirmed or changed. */
  private static void carryAnswers(Plan plan, Snapshot content) {
    for (Answer answer : Answer.listFor(plan)) {
      Map<String, Object> was = content.answers().get(answer.questionId);
      if (was == null) {
        continue;
      }
      answer.status = AnswerStatus.valueOf((String) was.get("status"));
      answer.text = (String) was.get("text");
      answer.naReason = (String) was.get("naReason");
      answer.owner = (String) was.get("owner");
      Object target = was.get("targetDate");
      answer.targetDate = target == null ? null : LocalDate.parse(target.toString());
      answer.previousStatus = answer.status;
      answer.previousText = answer.text;
      answer.previousReason = answer.naReason;
      answer.toReview = answer.status != AnswerStatus.NOT_STARTED;
    }
  }

  /** The actions still open at approval, as new actions of this plan naming the originals. */
  private Map<String, UUID> carryActions(Plan plan, Snapshot content, String from, String actor) {
    Map<String, UUID> carried = new HashMap<>();
    content
        .actions()
        .forEach(
            (id, f) -> {
              ActionStatus status = ActionStatus.valueOf((String) f.get("status"));
              if (status.closed()) {
                return;
              }
              CorrectiveAction action = new CorrectiveAction();
              action.id = UUID.randomUUID();
              action.plan = plan;
              action.questionId = (String) f.get("questionId");
              action.description = (String) f.get("description");
              action.owner = (String) f.get("owner");
              action.dueDate = LocalDate.parse(f.get("dueDate").toString());
              action.verification = (String) f.get("verification");
              action.status = status;
              action.carriedFromId = UUID.fromString(id);
              action.updatedAt = OffsetDateTime.now();
              action.updatedBy = actor;
              action.persist();
              Map<String, Object> after = new LinkedHashMap<>(action.snapshot());
              after.put("from", from);
              history.record(
                  plan, Subject.ACTION, action.id, action.questionId, actor, null, after);
              carried.put(id, action.id);
            });
    return carried;
  }

  /**
   * The files the approved version listed, attached to the same answers and to the carried actions.
   * Expired files come along too: the pages flag them, so the company renews them.
   */
  private void carryEvidence(
      Plan plan,
      Organisation organisation,
      Snapshot content,
      Map<String, UUID> actions,
      String actor) {
    List<String> questions = Answer.listFor(plan).stream().map(a -> a.questionId).toList();
    for (Map<String, Object> entry : content.evidenceOrEmpty()) {
      EvidenceFile file =
          EvidenceFile.findFor(organisation, UUID.fromString((String) entry.get("id")))
              .orElse(null);
      String questionId = (String) entry.get("questionId");
      Object actionId = entry.get("actionId");
      if (file == null) {
        continue;
      }
      if (questionId != null && questions.contains(questionId)) {
        evidence.attach(file.id, EvidenceTarget.answer(plan.id, questionId), actor);
      } else if (actionId != null && actions.containsKey(actionId.toString())) {
        evidence.attach(
            file.id, EvidenceTarget.action(plan.id, actions.get(actionId.toString())), actor);
      }
    }
  }
}
