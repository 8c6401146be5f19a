package org.complychain.admin;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** One organisation as the administration list shows it. */
@TemplateData
public record OrganisationRow(UUID id, String name, long members, long auditors) {

  /** Every organisation by name, with both counts, in one query. */
  static List<OrganisationRow> listByName() {
    return Panache.getEntityManager()
        .createQuery(
            "select new org.complychain.admin.OrganisationRow(o.id, o.name,"
                + " (select count(m) from Membership m where m.organisation = o),"
                + " (select count(a) from AuditorAssignment a where a.organisation = o))"
                + " from Organisation o order by o.name, o.id",
            OrganisationRow.class)
        .getResultList();
  }
}
