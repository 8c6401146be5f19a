package org.complychain.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An organisation as a test found it. The tests share one database with other features' tests, so a
 * test that changes a seeded organisation puts back its profile and members.
 */
final class OrganisationSnapshot {

  private final UUID id;
  private final String name;
  private final String country;
  private final Sector sector;
  private final SizeBand sizeBand;
  private final String products;
  private final Set<String> members;

  private OrganisationSnapshot(Organisation o) {
    id = o.id;
    name = o.name;
    country = o.country;
    sector = o.sector;
    sizeBand = o.sizeBand;
    products = o.products;
    members = Membership.listFor(o).stream().map(m -> m.identity).collect(Collectors.toSet());
  }

  static OrganisationSnapshot of(String organisationName) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                new OrganisationSnapshot(
                    Organisation.<Organisation>find("name", organisationName).singleResult()));
  }

  void restore() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Organisation o = Organisation.findById(id);
              Invitation.delete("organisation", o);
              o.name = name;
              o.country = country;
              o.sector = sector;
              o.sizeBand = sizeBand;
              o.products = products;
              Membership.listFor(o).stream()
                  .filter(m -> !members.contains(m.identity))
                  .forEach(Membership::delete);
              for (String identity : members) {
                if (!Membership.exists(o, identity)) {
                  Membership member = new Membership();
                  member.organisation = o;
                  member.identity = identity;
                  member.persist();
                }
              }
            });
  }
}
