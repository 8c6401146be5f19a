package org.complychain.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceLoader;
import org.complychain.guidance.GuidanceModule;
import org.complychain.organisation.Sector;
import org.complychain.organisation.SizeBand;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.AnswerStatus;

/**
 * Plan documents built directly, on the real guidance content, for rendering without a database.
 */
final class SamplePlans {

  static final OffsetDateTime GENERATED =
      OffsetDateTime.of(2027, 3, 15, 9, 30, 0, 0, ZoneOffset.UTC);
  static final UUID PLAN_ID = UUID.fromString("0b9c3c2e-7d1a-4f7e-a0b6-2f5b8a1c9d00");

  private static Catalogue catalogue;

  private SamplePlans() {}

  static synchronized Catalogue catalogue() {
    if (catalogue == null) {
      catalogue = GuidanceLoader.load(path -> Files.readAllBytes(Path.of("i18n").resolve(path)));
    }
    return catalogue;
  }

  /** A plan with no answer and no action yet. */
  static PlanDocument empty(String lang) {
    return plan(lang, q -> null, 0, "Northwind Apparel Ltd");
  }

  /** Every question answered with the text the function gives, plus the given number of actions. */
  static PlanDocument plan(
      String lang,
      Function<GuidanceModule.Question, String> answers,
      int actionCount,
      String organisation) {
    List<PlanDocument.Element> elements = new ArrayList<>();
    List<PlanDocument.Question> all = new ArrayList<>();
    int answeredAll = 0;
    for (GuidanceModule e : catalogue().modules(lang)) {
      if (!e.element()) {
        continue;
      }
      List<PlanDocument.Question> questions = new ArrayList<>();
      int answered = 0;
      for (int i = 0; i < e.questions().size(); i++) {
        GuidanceModule.Question q = e.questions().get(i);
        String text = answers.apply(q);
        AnswerStatus status =
            text == null
                ? AnswerStatus.NOT_STARTED
                : i % 3 == 0 ? AnswerStatus.IN_PLACE : AnswerStatus.IN_PROGRESS;
        PlanDocument.Question question =
            new PlanDocument.Question(
                q.id(),
                e.number() + "." + (i + 1),
                q.text(),
                status,
                text,
                null,
                text == null ? null : "Head of Sourcing",
                text == null ? null : LocalDate.of(2027, 6, 30));
        questions.add(question);
        all.add(question);
        if (text != null) {
          answered++;
        }
      }
      answeredAll += answered;
      elements.add(
          new PlanDocument.Element(
              e.id(), e.number(), e.title(), answered, List.copyOf(questions)));
    }
    List<PlanDocument.Action> actions = new ArrayList<>();
    for (int i = 0; i < actionCount; i++) {
      PlanDocument.Question q = all.get(i % all.size());
      PlanDocument.Element e = elements.get(Integer.parseInt(q.ref().split("\\.")[0]) - 1);
      ActionStatus status = ActionStatus.values()[i % ActionStatus.values().length];
      LocalDate due = GENERATED.toLocalDate().plusDays(i * 7L - 60);
      actions.add(
          new PlanDocument.Action(
              q.id(),
              q.ref(),
              e.number(),
              e.title(),
              "Action "
                  + (i + 1)
                  + ": ask every tier-1 supplier to name its labour recruiters and"
                  + " show who paid the recruitment fees of its migrant workers.",
              "Sourcing analyst",
              due,
              "Supplier map covers 90% of spend down to the mill; fees repaid with receipts.",
              status,
              !status.closed() && due.isBefore(GENERATED.toLocalDate())));
    }
    int total = all.size();
    int percent = Math.round(100f * answeredAll / (total + 1));
    return new PlanDocument(
        lang,
        GENERATED,
        PlanDocument.Review.draft(GENERATED, organisation),
        new PlanDocument.Organisation(
            organisation,
            "GB",
            Sector.APPAREL_TEXTILES,
            SizeBand.MEDIUM,
            "Casual wear and workwear for retailers in the United Kingdom and the European Union.",
            List.of(
                new PlanDocument.Sourcing("BD", "Cotton garments"),
                new PlanDocument.Sourcing("MY", "Rubber gloves"),
                new PlanDocument.Sourcing("TR", "Hazelnuts"))),
        new PlanDocument.Plan(
            PLAN_ID,
            "2027 plan",
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 31),
            "abc123def456",
            null),
        percent,
        List.copyOf(elements),
        List.copyOf(actions),
        catalogue().glossary(lang).stream()
            .map(g -> new PlanDocument.Term(g.term().term(), g.term().definition()))
            .toList(),
        List.of(),
        null);
  }

  /** About {@code length} characters of plausible answer text. */
  static String text(String seed, int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append(seed).append(' ');
    }
    return out.substring(0, length).strip();
  }

  static void write(Path file, byte[] pdf) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
  }
}
