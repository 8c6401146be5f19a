package org.complychain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/** A company (or other body) that builds compliance plans; its members are sign-in identities. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

  public static final int NAME_MAX = 200;
  public static final int PRODUCTS_MAX = 2000;

  @Id public UUID id;

  @Column(nullable = false, length = NAME_MAX)
  public String name;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  /** ISO 3166 alpha-2 code of the country of registration. */
  @Column(length = 2)
  public String country;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  public Sector sector;

  @Enumerated(EnumType.STRING)
  @Column(name = "size_band", length = 20)
  public SizeBand sizeBand;

  @Column(length = PRODUCTS_MAX)
  public String products;

  /**
   * The goods bought and their countries, as the supplier register holds them (read-only; the PDF
   * and the frozen version of a plan show them).
   */
  @OneToMany(mappedBy = "organisation")
  @OrderBy("createdAt, id")
  public List<SourcingEntry> sourcing = new ArrayList<>();

  @Version public int version;

  /** Identities match without regard to case, as membership uniqueness does. */
  public static Optional<Organisation> findByMember(String identity) {
    return find(
            "select m.organisation from Membership m where lower(m.identity) = lower(?1)"
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

  /**
   * Whether the supplier register holds at least one supplier, read with the organisation so that
   * checking the profile loads no supplier.
   */
  @Formula("(select exists (select 1 from supplier s where s.organisation_id = id))")
  public boolean hasSuppliers;

  /** Everything a plan needs from the profile is filled in, with at least one supplier. */
  public boolean profileComplete() {
    return present(name)
        && present(country)
        && sector != null
        && sizeBand != null
        && present(products)
        && hasSuppliers;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
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
