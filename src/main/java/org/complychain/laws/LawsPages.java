package org.complychain.laws;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complychain.guidance.Catalogue;
import org.complychain.organisation.Countries;
import org.complychain.organisation.Option;
import org.complychain.plan.Labels;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanMessages;
import org.complychain.web.Dates;
import org.complychain.web.FormErrors;
import org.complychain.web.RequestLocale;

/** Builds what the laws pages show, in the page's language. */
@RequestScoped
public class LawsPages {

  @Inject RequestLocale locale;
  @Inject LawCatalogue.Laws laws;
  @Inject Catalogue guidance;

  @TemplateData
  public record FindingView(
      String id,
      String name,
      String outcome,
      String outcomeLabel,
      List<String> reasons,
      String note,
      String officialText,
      String verified,
      String appliesFrom,
      boolean applicable) {}

  /** A money field of the form: amount and currency, with its label and hint. */
  @TemplateData
  public record MoneyField(String name, String label, String hint, String currency, String value) {
    public String currencyField() {
      return name + "Currency";
    }
  }

  @TemplateData
  public record Page(
      LawForm form,
      FormErrors errors,
      List<FindingView> findings,
      List<Option> countries,
      List<Option> regions,
      List<Option> groups,
      List<MoneyField> money,
      List<String> currencies,
      boolean saved) {}

  @TemplateData
  public record AnswerView(String question, String status, String text, String href) {}

  @TemplateData
  public record RowView(
      String ref,
      String text,
      String level,
      String levelLabel,
      boolean profile,
      boolean riskScreening,
      boolean noQuestion,
      List<AnswerView> covering,
      List<AnswerView> gaps) {}

  @TemplateData
  public record CoveragePage(
      String lawId,
      String lawName,
      String planId,
      String planTitle,
      List<Option> plans,
      List<RowView> rows,
      String summary,
      String draftSource,
      List<Option> languages,
      String lang) {}

  public String lang() {
    return locale.tag();
  }

  public LawsMessages messages() {
    return MessageBundles.get(LawsMessages.class, Localized.Literal.of(locale.tag()));
  }

  public Page page(LawForm form, FormErrors errors, LawProfile profile, boolean saved) {
    LawsMessages m = messages();
    List<FindingView> findings = new ArrayList<>();
    if (profile != null) {
      ReasonText words = new ReasonText(m, locale.get());
      for (Finding f : Applicability.assess(laws.all(), profile.facts())) {
        findings.add(view(f, m, words));
      }
    }
    List<Option> regions = new ArrayList<>();
    for (String code : Regions.CODES) {
      regions.add(new Option(code, new ReasonText(m, locale.get()).place(code)));
    }
    List<Option> groups =
        List.of(
            new Option("business", m.field_business()),
            new Option("sells", m.field_sells()),
            new Option("imports", m.field_imports()));
    List<MoneyField> money =
        List.of(
            new MoneyField(
                "revenue",
                m.field_revenue(),
                m.field_revenue_hint(),
                form.revenueCurrency,
                form.revenue),
            new MoneyField(
                "assets",
                m.field_assets(),
                m.field_assets_hint(),
                form.assetsCurrency,
                form.assets));
    return new Page(
        form,
        errors,
        findings,
        Countries.options(locale.get()),
        regions,
        groups,
        money,
        Regions.CURRENCIES,
        saved);
  }

  private FindingView view(Finding f, LawsMessages m, ReasonText words) {
    Law law = f.law();
    String lang = locale.tag();
    boolean applicable = f.outcome() != Outcome.DOES_NOT_APPLY;
    return new FindingView(
        law.id(),
        law.name().in(lang),
        f.outcome().name(),
        switch (f.outcome()) {
          case APPLIES -> m.outcome_APPLIES();
          case MAY_APPLY -> m.outcome_MAY_APPLY();
          case DOES_NOT_APPLY -> m.outcome_DOES_NOT_APPLY();
        },
        f.reasons().stream().map(words::text).toList(),
        applicable && law.note() != null ? law.note().in(lang) : null,
        law.officialText(),
        m.law_verified(month(law.verified())),
        law.appliesFromDate() == null
            ? null
            : m.law_applies_from(Dates.date(law.appliesFromDate(), locale.get())),
        applicable);
  }

  public CoveragePage coverage(Law law, Plan plan, List<Plan> plans) {
    LawsMessages m = messages();
    PlanMessages pm = MessageBundles.get(PlanMessages.class, Localized.Literal.of(locale.tag()));
    String lang = locale.tag();
    PlanAnswers answers = PlanAnswers.live(plan);
    List<RowView> rows = new ArrayList<>();
    int covered = 0;
    ScreeningSummary screening = ScreeningSummary.of(plan.organisation.id);
    for (Coverage.Row row :
        Coverage.rows(law, answers, Coverage.questionTexts(guidance, lang), screening)) {
      if (row.level() == Coverage.Level.COVERED) {
        covered++;
      }
      rows.add(
          new RowView(
              row.criterion().ref(),
              row.criterion().text().in(lang),
              row.level().name(),
              switch (row.level()) {
                case COVERED -> m.criterion_COVERED();
                case PARTLY -> m.criterion_PARTLY();
                case GAP -> m.criterion_GAP();
              },
              row.criterion().profile(),
              row.criterion().riskScreening(),
              row.questions().isEmpty(),
              row.covering().stream().map(q -> answer(q, pm)).toList(),
              row.gaps().stream().map(q -> answer(q, pm)).toList()));
    }
    PlanAnswers draft = PlanAnswers.forDraft(plan);
    List<Option> languages = new ArrayList<>();
    for (String code : org.complychain.web.Languages.CODES) {
      Locale l = Locale.forLanguageTag(code);
      languages.add(new Option(code, l.getDisplayLanguage(l)));
    }
    return new CoveragePage(
        law.id(),
        law.name().in(lang),
        plan.id.toString(),
        plan.title,
        plans.stream().map(p -> new Option(p.id.toString(), p.title)).toList(),
        rows,
        m.coverage_summary(covered, rows.size()),
        draft.version() == null ? m.draft_source_live() : m.draft_source_version(draft.version()),
        languages,
        lang);
  }

  private static AnswerView answer(Coverage.Mapped q, PlanMessages pm) {
    PlanAnswers.Item a = q.answer();
    String status =
        Labels.status(pm, a == null ? org.complychain.plan.AnswerStatus.NOT_STARTED : a.status());
    String text = a == null ? null : (a.text() != null ? a.text() : a.naReason());
    return new AnswerView(q.question(), status, text, q.href());
  }

  private String month(String yearMonth) {
    YearMonth ym = YearMonth.parse(yearMonth);
    return ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale.get())
        + " "
        + ym.getYear();
  }
}
