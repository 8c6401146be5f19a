package org.complychain.laws;

import java.util.ArrayList;
import java.util.List;
import org.complychain.laws.Finding.Reason;
import org.complychain.laws.Finding.Reason.Kind;

/**
 * The applicability rules, driven by the thresholds in the law files. A threshold we cannot check
 * (figure not given, or given in another currency) never counts as met or as missed: it can only
 * make a law "may apply".
 */
public final class Applicability {

  private Applicability() {}

  public static List<Finding> assess(List<Law> laws, CompanyFacts facts) {
    return laws.stream().map(law -> assess(law, facts)).toList();
  }

  public static Finding assess(Law law, CompanyFacts facts) {
    if (law.federalContractRule()) {
      return federalContract(law, facts);
    }
    Finding best = null;
    for (Law.Route route : law.routes()) {
      Finding f = route(law, route, facts);
      if (best == null || f.outcome().ordinal() < best.outcome().ordinal()) {
        best = f;
      }
    }
    return best;
  }

  private static Finding route(Law law, Law.Route route, CompanyFacts facts) {
    List<Reason> reasons = new ArrayList<>();
    Nexus link =
        route.nexus().stream()
            .map(n -> Nexus.parse(n).orElseThrow())
            .filter(facts::linked)
            .findFirst()
            .orElse(null);
    boolean excluded =
        route.unless() != null
            && route.unless().stream()
                .map(n -> Nexus.parse(n).orElseThrow())
                .anyMatch(facts::linked);
    if (link == null || excluded) {
      reasons.add(Reason.link(Kind.NO_LINK, Nexus.parse(route.nexus().get(0)).orElseThrow()));
      return new Finding(law, Outcome.DOES_NOT_APPLY, reasons);
    }
    reasons.add(Reason.link(Kind.LINKED, link));
    List<Law.Threshold> thresholds = route.thresholds() == null ? List.of() : route.thresholds();
    if (thresholds.size() > 1) {
      reasons.add(Reason.needed(route.needed()));
    }
    int met = 0;
    int unknown = 0;
    for (Law.Threshold t : thresholds) {
      Reason r = compare(t, facts);
      reasons.add(r);
      if (r.kind() == Kind.MET) {
        met++;
      } else if (r.kind() != Kind.NOT_MET) {
        unknown++;
      }
    }
    Outcome outcome;
    if (met >= route.needed()) {
      outcome = route.outcome();
    } else if (met + unknown >= route.needed()) {
      outcome = Outcome.MAY_APPLY;
    } else {
      outcome = Outcome.DOES_NOT_APPLY;
    }
    return new Finding(law, outcome, reasons);
  }

  /** The clause binds every federal contract; the threshold decides only the compliance plan. */
  private static Finding federalContract(Law law, CompanyFacts facts) {
    Nexus federal = Nexus.parse(law.routes().get(0).nexus().get(0)).orElseThrow();
    List<Reason> reasons = new ArrayList<>();
    if (!facts.linked(federal)) {
      reasons.add(Reason.link(Kind.NO_LINK, federal));
      return new Finding(law, Outcome.DOES_NOT_APPLY, reasons);
    }
    reasons.add(Reason.link(Kind.LINKED, federal));
    Law.Threshold t = law.routes().get(0).thresholds().get(0);
    Long value = facts.federalOutside();
    CompanyFacts.Money money = value == null ? null : new CompanyFacts.Money("USD", value);
    if (facts.onlyCots()) {
      reasons.add(Reason.about(Kind.PLAN_COTS, t, money));
    } else if (value == null) {
      reasons.add(Reason.about(Kind.MISSING, t, null));
      reasons.add(Reason.about(Kind.PLAN_UNCERTAIN, t, null));
    } else if (value <= t.amount()) {
      reasons.add(Reason.about(Kind.PLAN_NOT_REQUIRED, t, money));
    } else if (t.confirmedAbove() != null && value <= t.confirmedAbove()) {
      reasons.add(Reason.about(Kind.PLAN_UNCERTAIN, t, money));
    } else {
      reasons.add(Reason.about(Kind.PLAN_REQUIRED, t, money));
    }
    return new Finding(law, Outcome.APPLIES, reasons);
  }

  static Reason compare(Law.Threshold t, CompanyFacts facts) {
    CompanyFacts.Money value =
        switch (t.measure()) {
          case revenue -> facts.revenue();
          case assets -> facts.assets();
          case employees ->
              facts.employees() == null ? null : new CompanyFacts.Money(null, facts.employees());
          case federalOutside ->
              facts.federalOutside() == null
                  ? null
                  : new CompanyFacts.Money("USD", facts.federalOutside());
        };
    if (value == null) {
      return Reason.about(Kind.MISSING, t, null);
    }
    if (t.currency() != null && !t.currency().equals(value.currency())) {
      return Reason.about(Kind.OTHER_CURRENCY, t, value);
    }
    boolean met = t.strict() ? value.amount() > t.amount() : value.amount() >= t.amount();
    return Reason.about(met ? Kind.MET : Kind.NOT_MET, t, value);
  }
}
