package org.complychain.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts of an organisation's screening, grouped in the database: two queries whatever the number
 * of suppliers (one by country and level, one by country, good and level).
 */
@ApplicationScoped
public class RiskOverviews {

  @Inject EntityManager em;
  @Inject SupplierService suppliers;

  @Transactional
  public RiskOverview overview(UUID organisationId, String lang) {
    suppliers.rescreenStale(organisationId);
    List<RiskOverview.CountryCount> byCountry =
        rows(
                "select s.countryCode, s.riskLevel, count(s) from Supplier s"
                    + " where s.organisation.id = ?1 group by s.countryCode, s.riskLevel",
                organisationId)
            .stream()
            .map(r -> new RiskOverview.CountryCount((String) r[0], (RiskLevel) r[1], (Long) r[2]))
            .toList();
    List<RiskOverview.PairCount> pairs =
        rows(
                "select s.countryCode, g, s.riskLevel, count(s) from Supplier s"
                    + " left join s.goodKeys g where s.organisation.id = ?1"
                    + " group by s.countryCode, g, s.riskLevel",
                organisationId)
            .stream()
            .map(
                r ->
                    new RiskOverview.PairCount(
                        (String) r[0], (String) r[1], (RiskLevel) r[2], (Long) r[3]))
            .toList();
    return RiskOverview.of(byCountry, pairs, names(lang));
  }

  /**
   * How many suppliers the organisation has, how many at each level, and the edition most of them
   * were screened with (null when none is screened): one query, for pages that show a summary.
   */
  public record Counts(long total, Map<RiskLevel, Long> levels, UUID edition) {
    public long atLeast(RiskLevel level) {
      return levels.entrySet().stream()
          .filter(e -> e.getKey().compareTo(level) >= 0)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  @Transactional
  public Counts counts(UUID organisationId) {
    Map<RiskLevel, Long> levels = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      levels.put(level, 0L);
    }
    long total = 0;
    UUID edition = null;
    long editionCount = 0;
    for (Object[] row :
        rows(
            "select s.riskLevel, s.screenedEdition, count(s) from Supplier s"
                + " where s.organisation.id = ?1 group by s.riskLevel, s.screenedEdition",
            organisationId)) {
      long n = (Long) row[2];
      total += n;
      if (row[0] != null) {
        levels.merge((RiskLevel) row[0], n, Long::sum);
      }
      if (row[1] != null && n > editionCount) {
        edition = (UUID) row[1];
        editionCount = n;
      }
    }
    return new Counts(total, levels, edition);
  }

  private List<Object[]> rows(String query, UUID organisationId) {
    return em.createQuery(query, Object[].class).setParameter(1, organisationId).getResultList();
  }

  static RiskOverview.Names names(String lang) {
    RiskMessages m = RiskText.messages(lang);
    return new RiskOverview.Names() {
      @Override
      public String country(String code) {
        return RiskText.country(code, lang);
      }

      @Override
      public String good(String key) {
        return GoodNames.name(key, key, lang);
      }

      @Override
      public String level(RiskLevel level) {
        return RiskText.level(level, lang);
      }

      @Override
      public String otherCountries() {
        return m.overview_other_countries();
      }

      @Override
      public String otherGoods() {
        return m.overview_other_goods();
      }
    };
  }
}
