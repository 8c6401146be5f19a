package org.complychain.laws;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An organisation's answers to "which laws apply to us"; one row per organisation. */
@Entity
@Table(name = "law_profile")
public class LawProfile extends PanacheEntityBase {

  @Id
  @Column(name = "organisation_id")
  public UUID organisationId;

  @Column(nullable = false, length = 2)
  public String incorporated;

  @Column(name = "business_in", nullable = false, length = 100)
  public String businessIn = "";

  @Column(name = "sells_into", nullable = false, length = 100)
  public String sellsInto = "";

  @Column(name = "imports_into", nullable = false, length = 100)
  public String importsInto = "";

  @Column(name = "revenue_currency", nullable = false, length = 3)
  public String revenueCurrency;

  @Column(name = "revenue_amount", nullable = false)
  public long revenueAmount;

  @Column(name = "assets_currency", length = 3)
  public String assetsCurrency;

  @Column(name = "assets_amount")
  public Long assetsAmount;

  @Column(nullable = false)
  public long employees;

  @Column(name = "federal_contract", nullable = false)
  public boolean federalContract;

  @Column(name = "federal_outside_usd")
  public Long federalOutsideUsd;

  @Column(name = "federal_only_cots", nullable = false)
  public boolean federalOnlyCots;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  public String updatedBy;

  @Version public int version;

  public static Optional<LawProfile> forOrganisation(UUID organisationId) {
    return findByIdOptional(organisationId);
  }

  public CompanyFacts facts() {
    return new CompanyFacts(
        incorporated,
        regions(businessIn),
        regions(sellsInto),
        regions(importsInto),
        new CompanyFacts.Money(revenueCurrency, revenueAmount),
        assetsAmount == null ? null : new CompanyFacts.Money(assetsCurrency, assetsAmount),
        employees,
        federalContract,
        federalContract ? federalOutsideUsd : null,
        federalContract && federalOnlyCots);
  }

  static Set<String> regions(String stored) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).forEach(out::add);
    return out;
  }
}
