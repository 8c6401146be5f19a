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
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One good an organisation buys and the country it comes from. */
@Entity
@Table(name = "sourcing_entry")
public class SourcingEntry extends PanacheEntityBase {

  public static final int GOOD_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  /** ISO 3166 alpha-2 code. */
  @Column(name = "country_code", nullable = false, length = 2)
  public String countryCode;

  @Column(nullable = false, length = GOOD_MAX)
  public String good;

  /**
   * Set by the database's clock on insert, so that rows order alike whichever instance wrote them.
   */
  @Generated
  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  public static List<SourcingEntry> listFor(Organisation organisation) {
    return list("organisation = ?1 order by createdAt, id", organisation);
  }

  static boolean listed(Organisation organisation, String countryCode, String good) {
    return count(
            "organisation = ?1 and countryCode = ?2 and lower(good) = lower(?3)",
            organisation,
            countryCode,
            good)
        > 0;
  }

  /** Deletes a row only if it belongs to the organisation; false when there was none. */
  static boolean deleteIn(Organisation organisation, UUID id) {
    return delete("id = ?1 and organisation = ?2", id, organisation) > 0;
  }

  @PrePersist
  void beforeFirstSave() {
    if (id == null) {
      id = UUID.randomUUID();
    }
  }
}
