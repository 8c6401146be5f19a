package org.complychain.admin;

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
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;

/**
 * An auditor (by sign-in identity) who reviews the plans of an organisation. Identities are
 * compared without regard to case, as the unique index on {@code lower(auditor)} does.
 */
@Entity
@Table(name = "auditor_assignment")
public class AuditorAssignment extends PanacheEntityBase {

  public static final int AUDITOR_MAX = Membership.IDENTITY_MAX;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(nullable = false, length = AUDITOR_MAX)
  public String auditor;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  /** The administrator who made the assignment. */
  @Column(name = "created_by", nullable = false, length = AUDITOR_MAX)
  public String createdBy;

  /** Whether the auditor, in any spelling of case, reviews the organisation's plans. */
  public static boolean isAssigned(String auditor, UUID organisationId) {
    return count("organisation.id = ?1 and lower(auditor) = lower(?2)", organisationId, auditor)
        > 0;
  }

  /** The ids of the organisations the auditor reviews. */
  public static List<UUID> organisationsOf(String auditor) {
    return getEntityManager()
        .createQuery(
            "select a.organisation.id from AuditorAssignment a where lower(a.auditor) = lower(?1)",
            UUID.class)
        .setParameter(1, auditor)
        .getResultList();
  }

  static List<AuditorAssignment> listFor(Organisation organisation) {
    return list("organisation = ?1 order by lower(auditor), id", organisation);
  }

  static Optional<AuditorAssignment> findIn(Organisation organisation, UUID id) {
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
