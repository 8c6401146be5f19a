package org.complychain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A company (or other body) that builds compliance plans; its members are sign-in identities. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

  public static final int NAME_MAX = 200;

  @Id public UUID id;

  @Column(nullable = false, length = NAME_MAX)
  public String name;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Version public int version;

  public static Optional<Organisation> findByMember(String identity) {
    return find(
            "select m.organisation from Membership m where m.identity = ?1"
                + " order by m.organisation.name",
            identity)
        .firstResultOptional();
  }

  public static List<Organisation> listByName() {
    return list("order by name");
  }

  public long memberCount() {
    return Membership.count("organisation", this);
  }

  @PrePersist
  void beforeFirstSave() {
    if (id == null) {
      id = UUID.randomUUID();
    }
    if (createdAt == null) {
      createdAt = OffsetDateTime.now();
    }
  }
}
