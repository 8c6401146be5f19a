package org.complychain.risk;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complychain.security.CurrentUser;

/**
 * The organisation's screening beside the questions of the risk-assessment element, for the plan's
 * element page through {@code inject:riskScreening}: the plan feature knows nothing of suppliers.
 */
@Named("riskScreening")
@RequestScoped
public class ScreeningViews {

  /** The element whose questions assess risks, and the question its actions answer. */
  static final String ELEMENT = "e2";

  static final String QUESTION = "e2.q2";

  /** How many of the highest risks are listed, each with its one-click action. */
  static final int TOP = 5;

  @Inject CurrentUser user;
  @Inject RiskOverviews overviews;
  @Inject SupplierPages pages;
  @Inject Editions editions;

  /** How many suppliers are at one level. */
  public record LevelCount(String code, String label, long count) {}

  /** One of the highest risks, with the reasons in the page's language. */
  public record TopRisk(
      UUID id,
      String name,
      String country,
      String goods,
      String levelCode,
      String level,
      int score,
      List<String> why) {}

  /** What the element page shows; the edition is the one the screening used (null if none). */
  public record ElementScreening(
      long total, List<LevelCount> levels, List<TopRisk> top, ReferenceData edition) {}

  /** The screening for this element's page; null for every element but risk assessment. */
  @Transactional
  public ElementScreening forElement(String elementId) {
    if (!ELEMENT.equals(elementId)) {
      return null;
    }
    return user.organisation().map(org -> screening(org.id)).orElse(null);
  }

  /**
   * One grouped query for the counts, and only when some supplier is at medium or above, one for
   * the highest risks (with their goods): the element page stays as cheap as its neighbours.
   */
  private ElementScreening screening(UUID organisationId) {
    String lang = pages.lang();
    RiskOverviews.Counts counts = overviews.counts(organisationId);
    List<LevelCount> levels = new ArrayList<>();
    RiskLevel[] all = RiskLevel.values();
    for (int i = all.length - 1; i >= 0; i--) {
      levels.add(
          new LevelCount(all[i].name(), RiskText.level(all[i], lang), counts.levels().get(all[i])));
    }
    List<Supplier> highest =
        counts.atLeast(RiskLevel.MEDIUM) == 0
            ? List.of()
            : Supplier.find(
                    "organisation.id = ?1 and riskLevel in ?2",
                    Sort.by("riskScore", Sort.Direction.Descending).and("name").and("id"),
                    organisationId,
                    List.of(RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL))
                .page(0, TOP)
                .list();
    LocalDate today = LocalDate.now();
    String unnamed = pages.messages().unnamed_sourcing();
    List<TopRisk> top =
        highest.stream()
            .map(
                s ->
                    new TopRisk(
                        s.id,
                        s.name == null ? unnamed : s.name,
                        RiskText.country(s.countryCode, lang),
                        pages.goods(s),
                        s.riskLevel.name(),
                        RiskText.level(s.riskLevel, lang),
                        s.riskScore == null ? 0 : s.riskScore,
                        Screening.of(s, editions.facts(s.screenedEdition), today).reasons().stream()
                            .map(pages::reason)
                            .toList()))
            .toList();
    return new ElementScreening(
        counts.total(),
        levels,
        top,
        counts.edition() == null ? null : editions.facts(counts.edition()));
  }
}
