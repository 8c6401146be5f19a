package org.complychain.laws;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complychain.guidance.Catalogue;
import org.complychain.organisation.Countries;
import org.complychain.organisation.Organisation;
import org.complychain.pdf.StatementDocument;
import org.complychain.pdf.StatementDocument.Entry;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.Labels;
import org.complychain.plan.PlanMessages;
import org.complychain.risk.RiskLevel;

/**
 * Turns a law's criteria and a plan's answers into a draft, in one language. Only the company's own
 * words go in; every criterion the plan does not answer becomes a marked placeholder.
 */
public final class Drafts {

  private Drafts() {}

  public static StatementDocument document(
      Law law, PlanAnswers answers, Catalogue catalogue, String lang) {
    LawsMessages m = MessageBundles.get(LawsMessages.class, Localized.Literal.of(lang));
    PlanMessages pm = MessageBundles.get(PlanMessages.class, Localized.Literal.of(lang));
    Map<String, String> questions = Coverage.questionTexts(catalogue, lang);
    Organisation org = answers.plan().organisation;
    String planTitle = answers.plan().title;
    List<String> preamble = new ArrayList<>();
    preamble.add(m.doc_draft_notice());
    preamble.add(
        answers.version() == null
            ? m.doc_source_live(planTitle)
            : m.doc_source_version(answers.version(), planTitle));
    preamble.add(m.laws_not_advice());
    if (!law.statement()) {
      preamble.add(m.coverage_draft_none());
    }
    List<StatementDocument.Section> sections = new ArrayList<>();
    ScreeningSummary screening = ScreeningSummary.of(org.id);
    for (Coverage.Row row : Coverage.rows(law, answers, questions, screening)) {
      Law.Criterion c = row.criterion();
      List<Entry> entries = new ArrayList<>();
      if (c.profile()) {
        entries.add(new Entry(false, null, profile(m, org, lang)));
      }
      for (Coverage.Mapped q : row.questions()) {
        entries.addAll(entries(m, pm, q));
      }
      if (c.riskScreening()) {
        entries.add(
            screening.screened()
                ? new Entry(false, null, screeningText(m, screening))
                : new Entry(true, null, m.doc_placeholder_risk()));
      }
      if (row.questions().isEmpty() && !c.profile()) {
        entries.add(new Entry(true, null, m.doc_placeholder_none()));
      }
      sections.add(new StatementDocument.Section(c.ref() + " · " + c.text().in(lang), entries));
    }
    List<String> fields = new ArrayList<>();
    if (law.statement()) {
      fields.add(m.doc_approved_on());
    }
    fields.addAll(
        List.of(
            m.doc_sign_name(), m.doc_sign_position(), m.doc_sign_signature(), m.doc_sign_date()));
    String requirement =
        law.signature() == null ? m.doc_signature_generic() : law.signature().in(lang);
    return new StatementDocument(
        lang,
        m.doc_title(law.name().in(lang)),
        org.name,
        preamble,
        sections,
        new StatementDocument.Signature(m.doc_signature_heading(), requirement, fields));
  }

  private static List<Entry> entries(LawsMessages m, PlanMessages pm, Coverage.Mapped q) {
    PlanAnswers.Item a = q.answer();
    if (a == null || !a.written()) {
      return List.of(new Entry(true, null, m.doc_placeholder_unanswered(q.question())));
    }
    if (a.status() == AnswerStatus.NOT_APPLICABLE) {
      return List.of(new Entry(false, q.question(), m.doc_not_applicable(a.naReason())));
    }
    Entry answer = new Entry(false, q.question(), a.text());
    if (a.status() == AnswerStatus.IN_PLACE) {
      return List.of(answer);
    }
    // The company's words go in, followed by a marker that the plan does not call this done yet.
    return List.of(
        answer,
        new Entry(true, null, m.doc_placeholder_gap(Labels.status(pm, a.status()), q.question())));
  }

  private static String profile(LawsMessages m, Organisation org, String lang) {
    String country =
        org.country == null ? "—" : Countries.name(org.country, Locale.forLanguageTag(lang));
    String products = org.products == null ? "—" : org.products;
    return m.doc_profile(org.name, country, products);
  }

  /** The screening in one sentence: suppliers, levels and the edition of ILAB's list. */
  static String screeningText(LawsMessages m, ScreeningSummary s) {
    String edition = s.listYear() == null ? "—" : Integer.toString(s.listYear());
    return m.doc_risk_screening(
        s.suppliers(),
        s.at(RiskLevel.CRITICAL),
        s.at(RiskLevel.HIGH),
        s.at(RiskLevel.MEDIUM),
        s.at(RiskLevel.LOW),
        edition);
  }
}
