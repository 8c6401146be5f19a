package org.complychain.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documented, deterministic screening of one supplier against one edition (the method page
 * explains it in words; keep the two in step):
 *
 * <ol>
 *   <li>Each good of the supplier is looked up with the supplier's country on the List of Goods. A
 *       listed pair has a <b>severity</b> from the worst kind of exploitation it names: forced
 *       child labour 5, forced labour 4, child labour 3, derived exploitation only 2; and a base
 *       <b>likelihood</b> of 3.
 *   <li>A supplier with no listed pair, in a country that has other listed goods or findings of
 *       minimal or no advancement, has severity 2 and likelihood 1 (a country finding only).
 *   <li>Likelihood rises by 1 for each of: the country's advancement is minimal or none; migrant
 *       workers; labour agents; no audit in the last two years; tier 3 or deeper. It is at most 5.
 *   <li>Score = likelihood × severity of the worst pair, weighted by the share of spend (under 1%:
 *       0.8; 1–5% or unknown: 1.0; 5–20%: 1.2; over 20%: 1.5), rounded, at most 25.
 *   <li>Level: 20 and above critical, 12 high, 6 medium, below 6 low.
 * </ol>
 */
public final class Screening {

  /** Why a supplier scored what it did: one reason each, in the order shown. */
  public record Reason(Kind kind, Listing listing) {
    public enum Kind {
      LISTED,
      COUNTRY_ONLY,
      WEAK_ADVANCEMENT,
      MIGRANT_WORKERS,
      LABOUR_AGENTS,
      NO_RECENT_AUDIT,
      DEEP_TIER
    }
  }

  /** The result: score, level and the reasons, with the edition used. */
  public record Result(int score, RiskLevel level, List<Reason> reasons, ReferenceData edition) {
    public List<Listing> listings() {
      return reasons.stream().filter(r -> r.listing() != null).map(Reason::listing).toList();
    }
  }

  private Screening() {}

  public static Result of(Supplier s, ReferenceData data, LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    int severity = 0;
    for (String key : goods(s)) {
      Optional<Listing> listed = data.listing(key, s.countryCode);
      if (listed.isPresent()) {
        reasons.add(new Reason(Reason.Kind.LISTED, listed.get()));
        severity = Math.max(severity, severity(listed.get()));
      }
    }
    Optional<CountryFinding> finding = data.finding(s.countryCode);
    boolean weak =
        finding
            .map(f -> f.advancement() == Advancement.MINIMAL || f.advancement() == Advancement.NONE)
            .orElse(false);
    int likelihood;
    if (severity > 0) {
      likelihood = 3;
    } else if (!data.listingsIn(s.countryCode).isEmpty() || weak) {
      reasons.add(new Reason(Reason.Kind.COUNTRY_ONLY, null));
      severity = 2;
      likelihood = 1;
    } else {
      return new Result(0, RiskLevel.LOW, List.of(), data);
    }
    if (weak) {
      likelihood++;
      reasons.add(new Reason(Reason.Kind.WEAK_ADVANCEMENT, null));
    }
    if (s.migrantWorkers) {
      likelihood++;
      reasons.add(new Reason(Reason.Kind.MIGRANT_WORKERS, null));
    }
    if (s.labourAgents) {
      likelihood++;
      reasons.add(new Reason(Reason.Kind.LABOUR_AGENTS, null));
    }
    if (s.lastAudit == null || s.lastAudit.isBefore(today.minusYears(2))) {
      likelihood++;
      reasons.add(new Reason(Reason.Kind.NO_RECENT_AUDIT, null));
    }
    if (s.tier >= 3) {
      likelihood++;
      reasons.add(new Reason(Reason.Kind.DEEP_TIER, null));
    }
    likelihood = Math.min(likelihood, 5);
    double weight = s.spendShare == null ? 1.0 : s.spendShare.weight;
    int score = (int) Math.min(25, Math.round(likelihood * severity * weight));
    return new Result(score, RiskLevel.of(score), List.copyOf(reasons), data);
  }

  static int severity(Listing l) {
    if (l.forcedChildLabour()) {
      return 5;
    }
    if (l.forcedLabour()) {
      return 4;
    }
    if (l.childLabour()) {
      return 3;
    }
    return l.derived() ? 2 : 0;
  }

  /** The goods chosen from the list, and those the free text names exactly (in any language). */
  static Set<String> goods(Supplier s) {
    Set<String> keys = new TreeSet<>(s.goodKeys);
    if (s.goodsText != null) {
      for (String part : s.goodsText.split("[,;\\n]")) {
        GoodNames.exact(part).ifPresent(keys::add);
      }
    }
    return keys;
  }
}
