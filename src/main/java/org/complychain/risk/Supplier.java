package org.complychain.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.hibernate.annotations.BatchSize;

/** One supplier of an organisation, with its latest screening. A null name is unnamed sourcing. */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

  public static final int NAME_MAX = 200;
  public static final int REGION_MAX = 200;
  public static final int GOODS_TEXT_MAX = 1000;
  public static final int SCHEME_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(length = NAME_MAX)
  public String name;

  @Column(name = "country_code", nullable = false, length = 2)
  public String countryCode;

  @Column(length = REGION_MAX)
  public String region;

  /** 1 to 4, where 4 stands for "4 or deeper". */
  @Column(nullable = false)
  public short tier = 1;

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchSize(size = 100)
  @CollectionTable(name = "supplier_good", joinColumns = @JoinColumn(name = "supplier_id"))
  @Column(name = "good_key", length = 120)
  public Set<String> goodKeys = new TreeSet<>();

  @Column(name = "goods_text", length = GOODS_TEXT_MAX)
  public String goodsText;

  @Enumerated(EnumType.STRING)
  @Column(name = "spend_share", length = 20)
  public SpendShare spendShare;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  public Workforce workforce;

  @Column(name = "migrant_workers", nullable = false)
  public boolean migrantWorkers;

  @Column(name = "labour_agents", nullable = false)
  public boolean labourAgents;

  @Column(name = "last_audit")
  public LocalDate lastAudit;

  @Column(name = "audit_scheme", length = SCHEME_MAX)
  public String auditScheme;

  /** The level in force: the override when there is one, else the screening's. */
  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", length = 10)
  public RiskLevel riskLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_level", length = 10)
  public RiskLevel overrideLevel;

  @Column(name = "risk_score")
  public Integer riskScore;

  @Column(name = "screened_edition")
  public UUID screenedEdition;

  @Version public int version;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  /** The organisation's supplier, or empty: another organisation's id names nothing. */
  public static Optional<Supplier> findIn(UUID organisationId, UUID id) {
    return find("id = ?1 and organisation.id = ?2", id, organisationId).firstResultOptional();
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
