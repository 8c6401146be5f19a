package org.complychain.pdf;

import java.util.List;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;

/**
 * What a document shows of a plan: its answers, actions and organisation profile, either as they
 * are now or as frozen in a reviewed version.
 */
public record PlanContent(
    List<Answer> answers,
    List<CorrectiveAction> actions,
    PlanDocument.Organisation organisation,
    boolean profileComplete) {

  /** The plan as it stands in the database. */
  public static PlanContent live(Plan plan) {
    Organisation o = plan.organisation;
    return new PlanContent(
        Answer.listFor(plan),
        CorrectiveAction.listFor(plan),
        new PlanDocument.Organisation(
            o.name,
            o.country,
            o.sector,
            o.sizeBand,
            o.products,
            o.sourcing.stream()
                .map(s -> new PlanDocument.Sourcing(s.countryCode, s.good))
                .toList()),
        o.profileComplete());
  }
}
