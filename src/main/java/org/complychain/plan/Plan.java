package org.complychain.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Organisation;

/** An organisation's compliance plan for one period, answered against one guidance version. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

  public static final int TITLE_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(nullable = false, length = TITLE_MAX)
  public String title;

  @Column(name = "period_start", nullable = false)
  public LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  public LocalDate periodEnd;

  @Column(name = "content_version", nullable = false, length = 40)
  public String contentVersion;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  public String createdBy;

  /** The approved version this plan was carried over from, when it was started that way. */
  @Column(name = "carried_from_version_id")
  public UUID carriedFromVersionId;

  @Version public int version;

  /** The plan, if it belongs to the organisation; another organisation's plan is never found. */
  public static Optional<Plan> findFor(Organisation organisation, UUID id) {
    return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
  }

  public static List<Plan> listFor(Organisation organisation) {
    return list("organisation = ?1 order by periodStart desc, title", organisation);
  }
}
