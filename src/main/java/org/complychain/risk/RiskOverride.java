package org.complychain.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One override of a supplier's level (null: withdrawn), with who, when and why. */
@Entity
@Table(name = "risk_override")
public class RiskOverride extends PanacheEntityBase {

  public static final int REASON_MAX = 2000;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supplier_id")
  public Supplier supplier;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  public RiskLevel level;

  @Column(nullable = false, length = REASON_MAX)
  public String reason;

  @Column(nullable = false, length = 200)
  public String author;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  public static List<RiskOverride> historyOf(Supplier supplier) {
    return list("supplier = ?1 order by createdAt desc, id", supplier);
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
