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
import org.hibernate.annotations.Generated;

/** A pending invitation of a sign-in identity to an organisation; not yet a membership. */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(nullable = false, length = Membership.IDENTITY_MAX)
  public String identity;

  @Column(name = "invited_by", nullable = false, length = Membership.IDENTITY_MAX)
  public String invitedBy;

  /**
   * Set by the database's clock on insert, so that rows order alike whichever instance wrote them.
   */
  @Generated
  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  public static List<Invitation> listFor(Organisation organisation) {
    return list("organisation = ?1 order by lower(identity), id", organisation);
  }

  /** The invitations waiting for this identity, oldest first, with their organisations. */
  public static List<Invitation> pendingFor(String identity) {
    return list(
        "select i from Invitation i join fetch i.organisation"
            + " where lower(i.identity) = lower(?1) order by i.createdAt, i.id",
        identity);
  }

  static boolean exists(Organisation organisation, String identity) {
    return count("organisation = ?1 and lower(identity) = lower(?2)", organisation, identity) > 0;
  }

  public static Optional<Invitation> findIn(Organisation organisation, UUID id) {
    return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
  }

  static void deleteAllFor(String identity) {
    delete("lower(identity) = lower(?1)", identity);
  }

  @PrePersist
  void beforeFirstSave() {
    if (id == null) {
      id = UUID.randomUUID();
    }
  }
}
