package org.complychain.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanProgress;
import org.complychain.plan.PlanService;
import org.complychain.risk.ScreenedSuppliers;
import org.complychain.risk.ScreeningSnapshot;

/** Reads a plan from the database into the {@link PlanDocument} of one language. */
@ApplicationScoped
public class PlanDocuments {

  @Inject Catalogue catalogue;
  @Inject PlanService plans;
  @Inject DocumentReview review;
  @Inject ScreeningSnapshot screenings;

  /**
   * The plan as it stands, with the guidance texts of {@code lang}.
   *
   * @param generatedAt the document's date; actions due before that day count as overdue
   */
  public PlanDocument build(Plan plan, String lang, OffsetDateTime generatedAt) {
    ScreenedSuppliers screening = ScreeningSnapshot.read(screenings.capture(plan.organisation.id));
    return build(plan, PlanContent.live(plan, screening), lang, generatedAt);
  }

  /** The document of the given content, e.g. a version frozen for review. */
  public PlanDocument build(
      Plan plan, PlanContent content, String lang, OffsetDateTime generatedAt) {
    OffsetDateTime at =
        generatedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    PlanProgress progress =
        PlanProgress.of(content.profileComplete(), plans.elements("en"), content.answers());
    Map<String, Integer> answered =
        progress.elements().stream()
            .collect(
                Collectors.toMap(e -> e.element().id(), PlanProgress.ElementProgress::complete));
    Map<String, Answer> answers =
        content.answers().stream()
            .collect(Collectors.toMap(a -> a.questionId, Function.identity()));

    List<PlanDocument.Element> elements = new ArrayList<>();
    Map<String, PlanDocument.Question> questions = new HashMap<>();
    Map<String, PlanDocument.Element> elementOf = new HashMap<>();
    for (GuidanceModule e : plans.elements(lang)) {
      List<PlanDocument.Question> rows = new ArrayList<>();
      for (int i = 0; i < e.questions().size(); i++) {
        GuidanceModule.Question q = e.questions().get(i);
        Answer a = answers.get(q.id());
        boolean none = a == null;
        PlanDocument.Question row =
            new PlanDocument.Question(
                q.id(),
                ref(e, i),
                q.text(),
                none ? AnswerStatus.NOT_STARTED : a.status,
                none ? null : a.text,
                none ? null : a.naReason,
                none ? null : a.owner,
                none ? null : a.targetDate);
        rows.add(row);
        questions.put(q.id(), row);
      }
      PlanDocument.Element element =
          new PlanDocument.Element(
              e.id(), e.number(), e.title(), answered.getOrDefault(e.id(), 0), List.copyOf(rows));
      elements.add(element);
      element.questions().forEach(q -> elementOf.put(q.id(), element));
    }

    List<PlanDocument.Action> actions = new ArrayList<>();
    for (CorrectiveAction a : content.actions()) {
      PlanDocument.Element element = elementOf.get(a.questionId);
      PlanDocument.Question question = questions.get(a.questionId);
      actions.add(
          new PlanDocument.Action(
              a.questionId,
              question == null ? a.questionId : question.ref(),
              element == null ? 0 : element.number(),
              element == null ? "" : element.title(),
              a.description,
              a.owner,
              a.dueDate,
              a.verification,
              a.status,
              a.overdue(at.toLocalDate())));
    }

    return new PlanDocument(
        lang,
        at,
        review.of(plan, at),
        content.organisation(),
        new PlanDocument.Plan(
            plan.id,
            plan.title,
            plan.periodStart,
            plan.periodEnd,
            plan.contentVersion,
            plans
                .carriedFrom(plan)
                .map(f -> new PlanDocument.CarriedFrom(f.title(), f.version(), f.approvedAt()))
                .orElse(null)),
        progress.percent(),
        List.copyOf(elements),
        List.copyOf(actions),
        catalogue.glossary(lang).stream()
            .map(g -> new PlanDocument.Term(g.term().term(), g.term().definition()))
            .toList(),
        content.evidence(),
        content.screening());
  }

  /** The reference readers see for a question: element number and position, e.g. 2.3. */
  private static String ref(GuidanceModule element, int index) {
    return element.number() + "." + (index + 1);
  }
}
