package org.complychain.laws;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.List;
import org.complychain.organisation.Organisation;
import org.complychain.plan.AnswerInput;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;

/** A plan of the demo member {@code company} for a year, with the given answers saved. */
final class LawPlans {

  private LawPlans() {}

  static String create(PlanService plans, String title, int year, List<AnswerInput> answers) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Organisation org = Organisation.findByMember("company").orElseThrow();
              Plan plan =
                  plans.create(
                      org, title, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "company");
              for (AnswerInput answer : answers) {
                plans.saveElement(plan.id, List.of(answer), "company");
              }
              return plan.id.toString();
            });
  }
}
