package org.complychain.laws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.Plan;
import org.complychain.review.VersionStatus;

/**
 * The answers a draft or a coverage page reads: those of the approved version when the plan stands
 * approved (frozen, so the statement matches what the auditor approved), otherwise the current
 * ones. {@code version} says which.
 */
public record PlanAnswers(Plan plan, Integer version, Map<String, Item> byQuestion) {

  /** One answer as the laws pages need it. */
  public record Item(AnswerStatus status, String text, String naReason) {

    boolean inPlace() {
      return (status == AnswerStatus.IN_PLACE && present(text))
          || (status == AnswerStatus.NOT_APPLICABLE && present(naReason));
    }

    boolean written() {
      return status != AnswerStatus.NOT_STARTED && (present(text) || present(naReason));
    }
  }

  /** The part of a frozen snapshot this feature reads; the rest of it is ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Frozen(Map<String, Map<String, Object>> answers) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The live answers, always: the coverage page shows what is being worked on. */
  public static PlanAnswers live(Plan plan) {
    Map<String, Item> items = new HashMap<>();
    for (Answer a : Answer.listFor(plan)) {
      items.put(a.questionId, new Item(a.status, a.text, a.naReason));
    }
    return new PlanAnswers(plan, null, items);
  }

  /** The approved version's answers when the plan stands approved, else the live ones. */
  public static PlanAnswers forDraft(Plan plan) {
    // Only the number and the snapshot: the stored PDF bytes of a version are never loaded here.
    List<Object[]> rows =
        Plan.getEntityManager()
            .createQuery(
                "select v.number, v.snapshot from PlanVersion v where v.plan = ?1 and v.status = ?2"
                    + " and v.supersededAt is null order by v.number desc",
                Object[].class)
            .setParameter(1, plan)
            .setParameter(2, VersionStatus.APPROVED)
            .setMaxResults(1)
            .getResultList();
    if (rows.isEmpty()) {
      return live(plan);
    }
    Map<String, Item> items = new HashMap<>();
    frozen((String) rows.get(0)[1])
        .answers()
        .forEach(
            (questionId, f) ->
                items.put(
                    questionId,
                    new Item(
                        AnswerStatus.valueOf((String) f.get("status")),
                        (String) f.get("text"),
                        (String) f.get("naReason"))));
    return new PlanAnswers(plan, (Integer) rows.get(0)[0], items);
  }

  private static Frozen frozen(String json) {
    try {
      return JSON.readValue(json, Frozen.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an approved snapshot cannot be read", e);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
