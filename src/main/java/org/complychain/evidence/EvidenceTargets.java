package org.complychain.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;

/**
 * Reads where a file is to be attached from a form or a link: a plan of the member's organisation
 * and one of its questions, or one of its corrective actions. Anything else answers 404.
 */
@RequestScoped
public class EvidenceTargets {

  @Inject PlanAccess plans;
  @Inject Catalogue catalogue;

  /** A resolved target with what pages say about it and where they lead back to. */
  public record Resolved(
      EvidenceTarget target, Plan plan, String heading, String backHref, boolean action) {
    /** The query string that names this target in links. */
    public String query() {
      return "plan="
          + target.planId()
          + (action ? "&action=" + target.actionId() : "&question=" + target.questionId());
    }
  }

  /** Null when no plan is named (an upload for the organisation as a whole). */
  public Resolved resolve(String planId, String questionId, String actionId) {
    if (blank(planId)) {
      return null;
    }
    Plan plan = plans.plan(planId);
    if (!blank(actionId)) {
      CorrectiveAction action = plans.action(plan, actionId);
      return new Resolved(
          EvidenceTarget.action(plan.id, action.id),
          plan,
          action.description,
          "/plans/" + plan.id + "/actions/" + action.id,
          true);
    }
    if (blank(questionId) || Answer.count("plan = ?1 and questionId = ?2", plan, questionId) == 0) {
      throw new NotFoundException();
    }
    String element = questionId.substring(0, Math.max(questionId.indexOf('.'), 0));
    String text =
        catalogue
            .module(plans.lang(), element)
            .flatMap(m -> m.questions().stream().filter(q -> q.id().equals(questionId)).findFirst())
            .map(GuidanceModule.Question::text)
            .orElse(questionId);
    return new Resolved(
        EvidenceTarget.answer(plan.id, questionId),
        plan,
        text,
        "/plans/" + plan.id + "/elements/" + element + "#" + questionId,
        false);
  }

  /** A frozen plan (in review) refuses changes to its evidence with 409, as to its answers. */
  public boolean locked(Resolved resolved) {
    return plans.locked(resolved.plan());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
