package org.complychain.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One stored edition of the reference data; its facts are in risk_listing and risk_country. */
@Entity
@Table(name = "risk_edition")
public class RiskEdition extends PanacheEntityBase {

  public enum Status {
    PREVIEW,
    ACTIVE,
    RETIRED
  }

  @Id public UUID id;

  @Column(name = "list_year", nullable = false)
  public int listYear;

  @Column(name = "findings_year", nullable = false)
  public int findingsYear;

  @Column(nullable = false, length = 400)
  public String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public Status status;

  @Column(name = "imported_by", length = 200)
  public String importedBy;

  @Column(name = "imported_at", nullable = false)
  public OffsetDateTime importedAt;

  @Column(name = "activated_at")
  public OffsetDateTime activatedAt;

  public static Optional<RiskEdition> active() {
    return find("status", Status.ACTIVE).firstResultOptional();
  }

  @PrePersist
  void beforeFirstSave() {
    if (id == null) {
      id = UUID.randomUUID();
    }
    if (importedAt == null) {
      importedAt = OffsetDateTime.now();
    }
  }
}
