package org.complychain.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.complychain.plan.ActionInput;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.PlanService;

/**
 * Turns a supplier's risk into a corrective action of a plan, worded from the screening (supplier,
 * goods, country, kind of exploitation), for the person to adjust on the action's own page.
 */
@ApplicationScoped
public class RiskActions {

  /** Time given by default to look into a risk; the person changes it on the action's page. */
  static final int DAYS_TO_ACT = 90;

  @Inject PlanService plans;
  @Inject Editions editions;

  /**
   * Opens the action on the risk-assessment question of the plan; empty when the organisation has
   * no such supplier. A frozen plan is refused by the plan's rules, as every other change is.
   */
  @Transactional
  public Optional<UUID> open(
      UUID planId, UUID organisationId, UUID supplierId, String actor, String lang) {
    return Supplier.findIn(organisationId, supplierId)
        .map(
            s -> {
              ActionInput input =
                  new ActionInput(
                      description(s, lang),
                      actor,
                      LocalDate.now().plusDays(DAYS_TO_ACT).toString(),
                      RiskText.messages(lang).action_verification(),
                      ActionStatus.OPEN.name(),
                      0);
              return plans.openAction(planId, ScreeningViews.QUESTION, input, actor).id;
            });
  }

  String description(Supplier s, String lang) {
    RiskMessages m = RiskText.messages(lang);
    Screening.Result r = Screening.of(s, editions.facts(s.screenedEdition), LocalDate.now());
    Set<String> kinds = new LinkedHashSet<>();
    r.listings().forEach(l -> kinds.add(RiskText.flags(l, lang)));
    if (kinds.isEmpty()) {
      kinds.add(m.action_kind_country());
    }
    Set<String> goods = new LinkedHashSet<>();
    Screening.goods(s).forEach(k -> goods.add(GoodNames.name(k, k, lang)));
    if (s.goodsText != null && !s.goodsText.isBlank()) {
      goods.add(s.goodsText.strip());
    }
    return m.action_from_risk(
        RiskText.level(s.riskLevel, lang).toLowerCase(Locale.forLanguageTag(lang)),
        s.name == null ? m.unnamed_sourcing() : s.name,
        RiskText.country(s.countryCode, lang),
        goods.isEmpty() ? m.action_goods_none() : String.join(", ", goods),
        String.join("; ", kinds));
  }
}
