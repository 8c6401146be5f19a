package org.complychain.admin;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.web.Paging;

/** One organisation as the administration list shows it. */
@TemplateData
public record OrganisationRow(UUID id, String name, long members, long auditors) {

  private static final String BY_NAME =
      "select new org.complychain.admin.OrganisationRow(o.id, o.name,"
          + " (select count(m) from Membership m where m.organisation = o),"
          + " (select count(a) from AuditorAssignment a where a.organisation = o))"
          + " from Organisation o order by o.name, o.id";

  /** Every organisation by name, with both counts, in one query. */
  static List<OrganisationRow> listByName() {
    return Panache.getEntityManager().createQuery(BY_NAME, OrganisationRow.class).getResultList();
  }

  /** One page of {@link #listByName()}. */
  static List<OrganisationRow> pageByName(Paging page) {
    return Panache.getEntityManager()
        .createQuery(BY_NAME, OrganisationRow.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** The organisations list's page ({@code requested}, from 1) of all organisations. */
  static Paging paging(String requested) {
    return Paging.of(requested, Organisation.count(), "/admin?page=", "#organisations");
  }
}
