package org.complychain.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complychain.organisation.SupplierRegister;

/** The register's size and countries for the organisation profile, in one grouped query. */
@ApplicationScoped
public class RegisterSummary implements SupplierRegister {

  @Inject EntityManager em;

  @Override
  public Summary summary(UUID organisationId) {
    List<Object[]> rows =
        em.createQuery(
                "select s.countryCode, count(s) from Supplier s where s.organisation.id = ?1"
                    + " group by s.countryCode order by count(s) desc, s.countryCode",
                Object[].class)
            .setParameter(1, organisationId)
            .getResultList();
    long total = 0;
    List<String> countries = new ArrayList<>();
    for (Object[] row : rows) {
      countries.add((String) row[0]);
      total += (Long) row[1];
    }
    return new Summary(total, countries);
  }
}
