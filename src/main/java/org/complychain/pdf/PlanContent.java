package org.complychain.pdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complychain.evidence.EvidenceSnapshot;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;
import org.complychain.risk.ScreenedSuppliers;

/**
 * What a document shows of a plan: its answers, actions and organisation profile, either as they
 * are now or as frozen in a reviewed version.
 *
 * @param screening the supplier screening, or null for a version frozen before screening existed
 */
public record PlanContent(
    List<Answer> answers,
    List<CorrectiveAction> actions,
    PlanDocument.Organisation organisation,
    boolean profileComplete,
    List<PlanDocument.EvidenceItem> evidence,
    ScreenedSuppliers screening) {

  /**
   * The evidence entries of a snapshot (see {@code EvidenceSnapshot}) placed under their elements:
   * an answer's by its question id, an action's by the question the action was opened from.
   */
  public static List<PlanDocument.EvidenceItem> evidence(
      List<Map<String, Object>> entries, List<CorrectiveAction> actions) {
    Map<String, String> questionOfAction = new HashMap<>();
    actions.forEach(a -> questionOfAction.put(a.id.toString(), a.questionId));
    return entries.stream()
        .map(
            e -> {
              String question =
                  e.get("questionId") != null
                      ? (String) e.get("questionId")
                      : questionOfAction.getOrDefault((String) e.get("actionId"), "");
              int dot = question.indexOf('.');
              return new PlanDocument.EvidenceItem(
                  dot > 0 ? question.substring(0, dot) : "",
                  (String) e.get("title"),
                  (String) e.get("kind"),
                  date(e.get("issuedOn")),
                  date(e.get("expiresOn")),
                  (String) e.get("sha256"));
            })
        .distinct()
        .toList();
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }

  /** The plan as it stands in the database, with the register's screening as it stands. */
  public static PlanContent live(Plan plan, ScreenedSuppliers screening) {
    Organisation o = plan.organisation;
    List<CorrectiveAction> actions = CorrectiveAction.listFor(plan);
    return new PlanContent(
        Answer.listFor(plan),
        actions,
        new PlanDocument.Organisation(
            o.name,
            o.country,
            o.sector,
            o.sizeBand,
            o.products,
            o.sourcing.stream()
                .map(s -> new PlanDocument.Sourcing(s.countryCode, s.good))
                .toList()),
        o.profileComplete(),
        evidence(EvidenceSnapshot.of(plan.id), actions),
        screening);
  }
}
