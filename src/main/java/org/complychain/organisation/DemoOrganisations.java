package org.complychain.organisation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.complychain.system.AppConfig;

/**
 * Seeds the demo's two organisations and their members. Idempotent and safe when several instances
 * start at once: fixed ids and {@code on conflict do nothing} (any unique constraint: a member may
 * have been re-added in another spelling of the same identity).
 */
@ApplicationScoped
public class DemoOrganisations {

  public static final UUID NORTHWIND = UUID.fromString("6f1c1b52-3c1e-4a8e-9a51-0a4d2d0b7a11");
  public static final UUID KESTREL = UUID.fromString("2b7f8e3d-91a4-4c55-b0c2-7d3e6f9a4c22");

  @Inject AppConfig config;
  @Inject EntityManager em;

  @Transactional
  void seed(@Observes StartupEvent start) {
    if (!config.demo().enabled()) {
      return;
    }
    organisation(NORTHWIND, "Northwind Apparel Ltd", "company");
    organisation(KESTREL, "Kestrel Cocoa Trading", "company2");
  }

  private void organisation(UUID id, String name, String member) {
    em.createNativeQuery(
            "insert into organisation (id, name) values (?1, ?2) on conflict (id) do nothing")
        .setParameter(1, id)
        .setParameter(2, name)
        .executeUpdate();
    em.createNativeQuery(
            "insert into membership (id, organisation_id, identity) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, UUID.nameUUIDFromBytes((id + member).getBytes()))
        .setParameter(2, id)
        .setParameter(3, member)
        .executeUpdate();
  }
}
