package org.complychain.laws;

import java.util.List;

/** The answer for one law: applies, may apply or does not, with every reason behind it. */
public record Finding(Law law, Outcome outcome, List<Reason> reasons) {

  /**
   * One line of why, kept as data so that the page and its tests can word it in any language.
   *
   * @param kind what the line says
   * @param threshold the threshold it is about, if any
   * @param value the company's figure, if any
   * @param place the nexus it is about, if any
   * @param needed how many thresholds the law needs met, for {@link Kind#NEEDED}
   */
  public record Reason(
      Kind kind, Law.Threshold threshold, CompanyFacts.Money value, Nexus place, int needed) {

    public enum Kind {
      LINKED,
      NO_LINK,
      MET,
      NOT_MET,
      MISSING,
      OTHER_CURRENCY,
      NEEDED,
      PLAN_REQUIRED,
      PLAN_NOT_REQUIRED,
      PLAN_UNCERTAIN,
      PLAN_COTS
    }

    static Reason of(Kind kind) {
      return new Reason(kind, null, null, null, 0);
    }

    static Reason about(Kind kind, Law.Threshold t, CompanyFacts.Money value) {
      return new Reason(kind, t, value, null, 0);
    }

    static Reason link(Kind kind, Nexus place) {
      return new Reason(kind, null, null, place, 0);
    }

    static Reason needed(int needed) {
      return new Reason(Kind.NEEDED, null, null, null, needed);
    }
  }
}
