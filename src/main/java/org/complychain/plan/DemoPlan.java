package org.complychain.plan;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.complychain.organisation.DemoOrganisations;
import org.complychain.organisation.Organisation;
import org.complychain.system.AppConfig;

/**
 * Seeds one partly answered sample plan for the demo's first company, so that a first visitor sees
 * the product at work. Runs after the demo organisations exist; an advisory lock keeps several
 * instances starting together from seeding twice.
 */
@ApplicationScoped
public class DemoPlan {

  static final UUID NORTHWIND = DemoOrganisations.NORTHWIND;
  static final String SEEDER = "company";

  @Inject AppConfig config;
  @Inject EntityManager em;
  @Inject PlanService plans;

  @Transactional
  void seed(
      @Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900)
          StartupEvent start) {
    if (!config.demo().enabled()) {
      return;
    }
    em.createNativeQuery("select pg_advisory_xact_lock(4242)").getSingleResult();
    Organisation northwind = Organisation.findById(NORTHWIND);
    if (northwind == null || Plan.count("organisation", northwind) > 0) {
      return;
    }
    int year = LocalDate.now().getYear() + 1;
    Plan plan =
        plans.create(
            northwind,
            year + " plan",
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            SEEDER);
    answer(
        plan,
        "e1.q1",
        AnswerStatus.IN_PLACE,
        "We keep a stakeholder map for our three sourcing countries. Sourcing owns supplier"
            + " relationships, HR owns worker organisations, the CEO owns investor dialogue.");
    answer(
        plan,
        "e1.q2",
        AnswerStatus.IN_PROGRESS,
        "We know the garment union in our largest Bangladeshi supplier region but have not met"
            + " them yet; a first meeting is being arranged through our buying agent.");
    answer(plan, "e1.q3", AnswerStatus.NOT_APPLICABLE, null);
    answer(
        plan,
        "e2.q1",
        AnswerStatus.IN_PROGRESS,
        "Tier 1 is fully mapped (42 factories). Fabric mills are known for 60% of spend;"
            + " cotton origin is unknown.");
    List<Answer> answers = Answer.listFor(plan);
    Answer gap = answers.stream().filter(a -> a.questionId.equals("e1.q2")).findFirst().get();
    plans.openAction(
        plan.id,
        gap.questionId,
        new ActionInput(
            "Meet the regional garment workers' union and agree how they can raise"
                + " concerns with us directly.",
            "Head of Sourcing",
            LocalDate.now().minusDays(10).toString(),
            "Minutes of the meeting and a named contact on both sides.",
            "IN_PROGRESS",
            0),
        SEEDER);
    plans.openAction(
        plan.id,
        "e2.q1",
        new ActionInput(
            "Ask every tier-1 factory to name its fabric mills and the origin of its" + " cotton.",
            "Sourcing analyst",
            LocalDate.of(year, 3, 31).toString(),
            "Supplier map covers 90% of spend down to the mill.",
            "OPEN",
            0),
        SEEDER);
  }

  private void answer(Plan plan, String questionId, AnswerStatus status, String text) {
    Answer a = Answer.find("plan = ?1 and questionId = ?2", plan, questionId).firstResult();
    AnswerInput input =
        new AnswerInput(
            questionId,
            status.name(),
            text == null ? "" : text,
            status == AnswerStatus.NOT_APPLICABLE
                ? "All our workers are direct employees at head office; no union is active there."
                : "",
            "Compliance manager",
            "",
            a.version,
            "");
    plans.saveElement(plan.id, List.of(input), SEEDER);
  }
}
