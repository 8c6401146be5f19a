package org.complychain.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.DemoOrganisations;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerInput;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.ElementSave;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;
import org.complychain.system.AppConfig;

/**
 * Gives the demo's auditor work from the first sign-in: the auditor reviews both demo
 * organisations, and Kestrel's plan is complete and submitted, waiting in the queue. Written
 * through the same services as the pages; runs after the demo organisations exist, once (an
 * advisory lock keeps instances starting together from doing it twice, and a second start finds the
 * plan).
 */
@ApplicationScoped
public class DemoReview {

  static final UUID NORTHWIND = DemoOrganisations.NORTHWIND;
  static final UUID KESTREL = DemoOrganisations.KESTREL;
  static final String AUDITOR = "auditor";
  static final String ADMIN = "admin";
  static final String MEMBER = "company2";

  @Inject AppConfig config;
  @Inject EntityManager em;
  @Inject PlanService plans;
  @Inject ReviewService reviews;

  @Transactional
  void seed(
      @Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 950)
          StartupEvent start) {
    if (!config.demo().enabled()) {
      return;
    }
    em.createNativeQuery("select pg_advisory_xact_lock(4243)").getSingleResult();
    assignAuditor(NORTHWIND);
    assignAuditor(KESTREL);
    Organisation kestrel = Organisation.findById(KESTREL);
    if (kestrel == null || Plan.count("organisation", kestrel) > 0) {
      return;
    }
    int year = LocalDate.now().getYear() + 1;
    Plan plan =
        plans.create(
            kestrel, year + " plan", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), MEMBER);
    Map<String, List<AnswerInput>> byElement = new LinkedHashMap<>();
    answers()
        .forEach(
            (question, answer) ->
                byElement
                    .computeIfAbsent(
                        question.substring(0, question.indexOf('.')), e -> new ArrayList<>())
                    .add(input(plan, question, answer)));
    for (List<AnswerInput> element : byElement.values()) {
      ElementSave saved = plans.saveElement(plan.id, element, MEMBER);
      if (!saved.errors().isEmpty() || !saved.conflicts().isEmpty()) {
        throw new IllegalStateException("The demo plan's answers were refused: " + saved.errors());
      }
    }
    reviews.submit(
        plan.id,
        "en",
        MEMBER,
        new Submission("Amara Mensah", "Head of Sustainable Sourcing", true));
  }

  private void assignAuditor(UUID organisation) {
    em.createNativeQuery(
            "insert into auditor_assignment (id, organisation_id, auditor, created_at, created_by)"
                + " values (?1, ?2, ?3, now(), ?4) on conflict do nothing")
        .setParameter(1, UUID.nameUUIDFromBytes((organisation + AUDITOR).getBytes()))
        .setParameter(2, organisation)
        .setParameter(3, AUDITOR)
        .setParameter(4, ADMIN)
        .executeUpdate();
  }

  /** One answer as the element page would send it: status, then the text or the reason. */
  private static AnswerInput input(Plan plan, String question, List<String> answer) {
    boolean notApplicable = AnswerStatus.NOT_APPLICABLE.name().equals(answer.get(0));
    int version =
        Answer.<Answer>find("plan = ?1 and questionId = ?2", plan, question).firstResult().version;
    return new AnswerInput(
        question,
        answer.get(0),
        notApplicable ? "" : answer.get(1),
        notApplicable ? answer.get(1) : "",
        "Sustainability manager",
        "",
        version,
        "");
  }

  private static Map<String, List<String>> answers() {
    try (InputStream in =
        DemoReview.class.getClassLoader().getResourceAsStream("demo/kestrel-plan.yaml")) {
      return new YAMLMapper()
          .readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the demo plan", e);
    }
  }
}
