package org.complychain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.organisation.Organisation;

/** The rules of plans: creating them, saving answers and actions, and recording every change. */
@ApplicationScoped
public class PlanService {

  @Inject Catalogue catalogue;
  @Inject History history;
  @Inject PlanReviewState review;
  @Inject EntityManager em;

  @Transactional
  public Plan create(
      Organisation organisation, String title, LocalDate start, LocalDate end, String actor) {
    Plan plan = new Plan();
    plan.id = UUID.randomUUID();
    plan.organisation = organisation;
    plan.title = title;
    plan.periodStart = start;
    plan.periodEnd = end;
    plan.contentVersion = catalogue.version();
    plan.createdAt = OffsetDateTime.now();
    plan.createdBy = actor;
    plan.persist();
    for (String questionId : catalogue.questionIds()) {
      Answer answer = new Answer();
      answer.id = UUID.randomUUID();
      answer.plan = plan;
      answer.questionId = questionId;
      answer.status = AnswerStatus.NOT_STARTED;
      answer.persist();
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("title", title);
    after.put("periodStart", start.toString());
    after.put("periodEnd", end.toString());
    history.record(plan, HistoryEntry.Subject.PLAN, plan.id, null, actor, null, after);
    return plan;
  }

  /** The approved version a plan was carried over from, as its document names it. */
  public record CarriedFrom(UUID planId, String title, int version, OffsetDateTime approvedAt) {}

  /**
   * Where the plan was carried over from, read without the review feature's entities (review builds
   * on plans, not the other way round).
   */
  public Optional<CarriedFrom> carriedFrom(Plan plan) {
    if (plan.carriedFromVersionId == null) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "select p.id, p.title, v.number, v.decided_at from plan_version v"
                    + " join plan p on p.id = v.plan_id where v.id = ?1")
            .setParameter(1, plan.carriedFromVersionId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new CarriedFrom(
                    (UUID) r[0],
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    r[3] == null ? null : toOffset(r[3])))
        .findFirst();
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(java.time.ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
  }

  public PlanProgress progress(Plan plan) {
    return PlanProgress.of(
        plan.organisation.profileComplete(), elements("en"), Answer.listFor(plan));
  }

  /** The progress of each of these plans of one organisation, from one query of their answers. */
  public Map<UUID, PlanProgress> progress(Organisation organisation, List<Plan> list) {
    Map<UUID, List<Answer>> answers =
        Answer.listFor(list.stream().map(p -> p.id).toList()).stream()
            .collect(Collectors.groupingBy(a -> a.plan.id));
    boolean profileComplete = organisation.profileComplete();
    Map<UUID, PlanProgress> progress = new LinkedHashMap<>();
    for (Plan plan : list) {
      progress.put(
          plan.id,
          PlanProgress.of(
              profileComplete, elements("en"), answers.getOrDefault(plan.id, List.of())));
    }
    return progress;
  }

  public List<GuidanceModule> elements(String lang) {
    return catalogue.modules(lang).stream().filter(GuidanceModule::element).toList();
  }

  /** Saves every answer of one element at once, or nothing when any is invalid or stale. */
  @Transactional
  public ElementSave saveElement(UUID planId, List<AnswerInput> inputs, String actor) {
    return saveElement(planId, inputs, Set.of(), actor);
  }

  /**
   * Saves the element and confirms the carried-over answers of {@code kept} as they stand ("keep as
   * is"). A changed answer counts as reviewed too. Confirming an answer someone changed since the
   * page was loaded is a conflict: the person confirms what they saw, or nothing.
   */
  @Transactional
  public ElementSave saveElement(
      UUID planId, List<AnswerInput> inputs, Set<String> kept, String actor) {
    Plan plan = editable(planId);
    Map<String, Answer> saved =
        Answer.listFor(plan).stream().collect(Collectors.toMap(a -> a.questionId, a -> a));
    Map<String, Map<String, FieldError>> errors = new LinkedHashMap<>();
    Map<String, Answer> conflicts = new LinkedHashMap<>();
    List<AnswerInput> edited = inputs.stream().filter(AnswerInput::edited).toList();
    for (AnswerInput input : edited) {
      Answer answer = saved.get(input.questionId());
      Map<String, FieldError> problems = AnswerRules.check(input);
      if (!problems.isEmpty()) {
        errors.put(input.questionId(), problems);
      }
      if (input.version() != answer.version && input.differsFrom(answer)) {
        conflicts.put(input.questionId(), answer);
      }
    }
    for (AnswerInput input : inputs) {
      Answer answer = saved.get(input.questionId());
      if (kept.contains(input.questionId()) && input.version() != answer.version) {
        conflicts.put(input.questionId(), answer);
      }
    }
    if (!errors.isEmpty() || !conflicts.isEmpty()) {
      return new ElementSave(errors, conflicts, List.of());
    }
    List<String> changed = new ArrayList<>();
    for (AnswerInput input : edited) {
      Answer answer = saved.get(input.questionId());
      if (!input.differsFrom(answer)) {
        continue;
      }
      Map<String, Object> before = answer.snapshot();
      AnswerRules.apply(input, answer);
      answer.toReview = false;
      answer.updatedAt = OffsetDateTime.now();
      answer.updatedBy = actor;
      history.record(
          plan,
          HistoryEntry.Subject.ANSWER,
          answer.id,
          answer.questionId,
          actor,
          before,
          answer.snapshot());
      changed.add(answer.questionId);
    }
    for (String questionId : kept) {
      Answer answer = saved.get(questionId);
      if (answer.toReview) {
        answer.toReview = false;
        answer.updatedAt = OffsetDateTime.now();
        answer.updatedBy = actor;
        history.record(
            plan,
            HistoryEntry.Subject.ANSWER,
            answer.id,
            questionId,
            actor,
            Map.of("review", "TO_REVIEW"),
            Map.of("review", "KEPT"));
      }
    }
    Answer.flush();
    return new ElementSave(Map.of(), Map.of(), changed);
  }

  /**
   * Opens a corrective action; the caller has checked the question belongs to the plan. A frozen
   * plan refuses with 409 whatever was typed; wrong fields throw {@link InvalidAction}.
   */
  @Transactional
  public CorrectiveAction openAction(
      UUID planId, String questionId, ActionInput input, String actor) {
    Plan plan = editable(planId);
    requireValid(input);
    CorrectiveAction action = new CorrectiveAction();
    action.id = UUID.randomUUID();
    action.plan = plan;
    action.questionId = questionId;
    input.applyTo(action);
    action.updatedAt = OffsetDateTime.now();
    action.updatedBy = actor;
    action.persist();
    history.record(
        plan, HistoryEntry.Subject.ACTION, action.id, questionId, actor, null, action.snapshot());
    return action;
  }

  /**
   * Changes an action of the plan if nobody else did since the form was opened; false when they
   * did. The caller checked the action belongs to the plan. A frozen plan refuses with 409 whatever
   * was typed; wrong fields throw {@link InvalidAction}.
   */
  @Transactional
  public boolean updateAction(UUID planId, UUID actionId, ActionInput input, String actor) {
    editable(planId);
    requireValid(input);
    CorrectiveAction current = CorrectiveAction.findById(actionId);
    if (current.version != input.version()) {
      return false;
    }
    Map<String, Object> before = current.snapshot();
    input.applyTo(current);
    if (before.equals(current.snapshot())) {
      return true;
    }
    current.updatedAt = OffsetDateTime.now();
    current.updatedBy = actor;
    history.record(
        current.plan,
        HistoryEntry.Subject.ACTION,
        current.id,
        current.questionId,
        actor,
        before,
        current.snapshot());
    CorrectiveAction.flush();
    return true;
  }

  /**
   * The plan, loaded in the caller's transaction, or a refusal (409) when it is frozen. The shared
   * row lock makes a change and a submission of the same plan wait for each other, so nothing slips
   * in after a version is frozen. Every service that changes what a plan shows checks it here.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Plan editable(UUID planId) {
    Plan plan = em.find(Plan.class, planId, LockModeType.PESSIMISTIC_READ);
    if (review.locked(plan)) {
      throw new ClientErrorException(Response.Status.CONFLICT);
    }
    return plan;
  }

  private static void requireValid(ActionInput input) {
    Map<String, FieldError> errors = input.check();
    if (!errors.isEmpty()) {
      throw new InvalidAction(errors);
    }
  }
}
