package org.complychain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A sign-in identity's membership of an organisation. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

  public static final int IDENTITY_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(nullable = false, length = IDENTITY_MAX)
  public String identity;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  public static List<Membership> listFor(Organisation organisation) {
    return list("organisation = ?1 order by lower(identity), id", organisation);
  }

  /** One page of the organisation's members, in the order of {@link #listFor}. */
  public static List<Membership> page(Organisation organisation, int offset, int size) {
    return find("organisation = ?1 order by lower(identity), id", organisation)
        .range(offset, offset + size - 1)
        .list();
  }

  /** Identities are compared without regard to case. */
  public static boolean exists(Organisation organisation, String identity) {
    return count("organisation = ?1 and lower(identity) = lower(?2)", organisation, identity) > 0;
  }

  public static Optional<Membership> findIn(Organisation organisation, UUID id) {
    return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
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
