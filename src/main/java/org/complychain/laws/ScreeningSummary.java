package org.complychain.laws;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.risk.RiskEdition;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.Supplier;

/**
 * The organisation's supplier screening as a law's risk criteria cite it: how many suppliers were
 * screened, how many at each level, against which edition of ILAB's list. One grouped query.
 */
public record ScreeningSummary(long suppliers, Map<RiskLevel, Long> byLevel, Integer listYear) {

  static ScreeningSummary of(UUID organisationId) {
    List<Object[]> rows =
        Supplier.getEntityManager()
            .createQuery(
                "select s.riskLevel, count(s) from Supplier s where s.organisation.id = ?1"
                    + " and s.riskLevel is not null group by s.riskLevel",
                Object[].class)
            .setParameter(1, organisationId)
            .getResultList();
    Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      byLevel.put(level, 0L);
    }
    long total = 0;
    for (Object[] row : rows) {
      byLevel.put((RiskLevel) row[0], (Long) row[1]);
      total += (Long) row[1];
    }
    return new ScreeningSummary(
        total, byLevel, RiskEdition.active().map(e -> e.listYear).orElse(null));
  }

  /** Whether any supplier has been screened: a risk criterion can then be covered. */
  boolean screened() {
    return suppliers > 0;
  }

  long at(RiskLevel level) {
    return byLevel.get(level);
  }
}
