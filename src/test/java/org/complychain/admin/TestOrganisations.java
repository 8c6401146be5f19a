package org.complychain.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;

/**
 * Organisations a test creates for itself and removes afterwards (their members and assignments go
 * with them), so that the seeded organisations and other features' tests are never touched.
 */
final class TestOrganisations {

  private final List<UUID> created = new ArrayList<>();

  /** A name no other test uses. */
  static String uniqueName(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Remembers an organisation created through the pages. */
  String track(String id) {
    created.add(UUID.fromString(id));
    return id;
  }

  /** An organisation with one member and one assigned auditor, made directly in the database. */
  Fixture fixture() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Organisation organisation = new Organisation();
              organisation.name = uniqueName("Admin fixture");
              organisation.persist();
              Membership member = new Membership();
              member.organisation = organisation;
              member.identity = "member-" + UUID.randomUUID();
              member.persist();
              AuditorAssignment assignment = new AuditorAssignment();
              assignment.organisation = organisation;
              assignment.auditor = "auditor-" + UUID.randomUUID();
              assignment.createdBy = "test";
              assignment.persist();
              created.add(organisation.id);
              return new Fixture(
                  organisation.id.toString(),
                  organisation.name,
                  member.id.toString(),
                  assignment.id.toString());
            });
  }

  /** Whether the fixture still has its member and assignment, and its name. */
  static boolean intact(Fixture f) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Membership.findByIdOptional(UUID.fromString(f.member())).isPresent()
                    && AuditorAssignment.findByIdOptional(UUID.fromString(f.assignment()))
                        .isPresent()
                    && Membership.count("organisation.id", UUID.fromString(f.id())) == 1
                    && AuditorAssignment.count("organisation.id", UUID.fromString(f.id())) == 1);
  }

  static long countNamed(String name) {
    return QuarkusTransaction.requiringNew().call(() -> Organisation.count("name", name));
  }

  void removeAll() {
    QuarkusTransaction.requiringNew()
        .run(() -> created.forEach(id -> Organisation.delete("id", id)));
    created.clear();
  }

  record Fixture(String id, String name, String member, String assignment) {}
}
