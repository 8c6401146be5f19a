package org.complychain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One good an organisation buys and the country it comes from, read from the supplier register (a
 * database view, see V24): each good of a supplier, chosen from the list or typed, once per
 * country. Suppliers are added and changed in the register; this is never written.
 */
@Entity
@Immutable
@Table(name = "sourcing_entry")
public class SourcingEntry extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  /** ISO 3166 alpha-2 code. */
  @Column(name = "country_code", nullable = false, length = 2)
  public String countryCode;

  @Column(nullable = false, length = 200)
  public String good;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;
}
