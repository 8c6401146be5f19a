package org.complychain.laws;

import java.time.LocalDate;
import java.util.List;

/**
 * One law as written in {@code i18n/laws/<id>.yaml}: who it reaches (routes of nexus and size
 * thresholds, in the law's own currency), the reporting criteria it asks for and how each maps to
 * the plan's key questions, and the approval or signature a statement needs.
 */
public record Law(
    String id,
    LawText name,
    String jurisdiction,
    String officialText,
    String verified,
    boolean statement,
    String rule,
    String appliesFrom,
    List<Route> routes,
    List<Criterion> criteria,
    LawText signature,
    LawText note) {

  /** The day the law's obligations start, when that is still to come or recent; else null. */
  public LocalDate appliesFromDate() {
    return appliesFrom == null ? null : LocalDate.parse(appliesFrom);
  }

  /**
   * The FAR clause binds every federal contract; its thresholds only decide the compliance plan.
   */
  public boolean federalContractRule() {
    return "far".equals(rule);
  }

  /**
   * One way the law can reach a company: a link to the jurisdiction (any of {@code nexus}, such as
   * {@code business:GB}) and at least {@code needed} of the thresholds met. A company with any link
   * in {@code unless} takes another route (the law's route for foreign companies, say).
   */
  public record Route(
      List<String> nexus,
      List<String> unless,
      int needed,
      List<Threshold> thresholds,
      Outcome outcome) {}

  /**
   * A size test. Money is compared only in {@code currency}; {@code strict} means "more than"
   * rather than "at least". {@code confirmedAbove}, when set, is a higher figure from a later
   * revision we could not confirm: between the two the answer is "may apply".
   */
  public record Threshold(
      Measure measure, String currency, long amount, boolean strict, Long confirmedAbove) {}

  /** One reporting criterion, e.g. Australia s.16(1)(c), and what in the plan answers it. */
  public record Criterion(
      String id,
      String ref,
      LawText text,
      List<String> questions,
      boolean profile,
      boolean riskScreening) {}

  public enum Measure {
    revenue,
    assets,
    employees,
    federalOutside
  }
}
